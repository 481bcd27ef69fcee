// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import dev.baton.model.Design;
import dev.baton.model.format.ContentHash;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of one design revision: its {@link ContentHash} (SHA-256 of its canonical JSON) as 64 lower-case
 * hex digits. Runs, simulation results and reviews carry it, so evidence is matched to the revision it was
 * gathered on.
 */
public record DesignHash(String value) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public DesignHash {
        Objects.requireNonNull(value, "design hash must not be null");
        if (!SHA256.matcher(value).matches()) {
            throw new IllegalArgumentException("design hash must be 64 lower-case hex digits (SHA-256), but was \""
                    + value + "\"");
        }
    }

    /** The hash of a design. */
    public static DesignHash of(Design design) {
        return new DesignHash(ContentHash.of(design));
    }

    @Override
    public String toString() {
        return value;
    }
}
