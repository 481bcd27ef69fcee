// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

/**
 * One step of the file format's history: rewrites the JSON tree of a file of {@link #fromVersion()} into the
 * next version, in memory (the file is untouched until the user saves). Values keep their original line, column
 * and path, so errors found after migration still point into the file as written.
 */
interface FormatMigration {
    /** The version this step reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    JsonValue.Obj migrate(JsonValue.Obj root, DecodeContext ctx) throws DesignLoadException;
}
