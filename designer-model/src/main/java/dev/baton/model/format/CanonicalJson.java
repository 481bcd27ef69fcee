// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

/**
 * Canonical compact JSON text, as a design keeps free JSON it does not interpret (the {@code simulation}
 * section, unknown fields): object members in the given order, no whitespace, numbers in their canonical form.
 * Two texts of the same value give the same canonical text, so designs built in code and loaded from a file are
 * equal.
 */
public final class CanonicalJson {
    private CanonicalJson() {}

    /**
     * The canonical compact form of {@code json}.
     *
     * @param what what the text is, for the error message ("the simulation section")
     * @throws IllegalArgumentException naming {@code what}, the line and the column when the text is not JSON
     */
    public static String compact(String json, String what) {
        JsonTextWriter w = JsonTextWriter.compact();
        w.node(OpaqueJson.parse(json, what));
        return w.text();
    }
}
