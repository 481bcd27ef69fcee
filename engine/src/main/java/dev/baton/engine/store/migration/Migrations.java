// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.migration;

import java.util.List;

/**
 * The migrations this version of Baton knows, in order. Listed here rather than found by scanning the classpath,
 * because scanning does not work reliably inside shaded jars; a test checks the list against the folder.
 * Never edit an applied script: add the next version instead.
 */
public final class Migrations {
    /** Where the scripts live on the classpath. */
    public static final String FOLDER = "db/migration/";

    /** All migrations, oldest first. */
    public static final List<Migration> ALL = List.of(
            Migration.of(FOLDER + "V1__trace_tables.sql"),
            Migration.of(FOLDER + "V2__simulation_and_review.sql"),
            Migration.of(FOLDER + "V3__message_purpose.sql"));

    private Migrations() {}

    /** The schema version a fully migrated database has. */
    public static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }
}
