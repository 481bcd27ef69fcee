// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

/** Exit codes shared by the {@code baton} subcommands. */
public final class ExitCodes {
    /** Everything was fine. */
    public static final int OK = 0;
    /** The input was read but is not acceptable (invalid design, failed gate, run not completed). */
    public static final int NOT_OK = 1;
    /** The input could not be read at all (missing file, broken JSON), or the command line was wrong. */
    public static final int UNREADABLE = 2;

    private ExitCodes() {}
}
