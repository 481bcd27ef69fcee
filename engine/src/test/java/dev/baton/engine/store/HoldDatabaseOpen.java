// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import java.nio.file.Path;

/**
 * A second process for lock tests: opens the database, prints "held", keeps it open until a line arrives on
 * stdin, then closes it and exits.
 */
public final class HoldDatabaseOpen {
    private HoldDatabaseOpen() {}

    public static void main(String[] args) throws Exception {
        TraceDatabase db = TraceDatabase.open(DatabaseLocation.of(Path.of(args[0])), LockRetry.NONE);
        try (StoreSession session = db.session()) {
            System.out.println("held");
            System.out.flush();
            System.in.read();
        }
        System.out.println("released");
    }
}
