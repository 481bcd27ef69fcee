// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

/** The exit codes of the engine's commands. */
public final class ExitCodes {
    /** The run completed, or the command did what was asked. */
    public static final int OK = 0;
    /** The run ended with another outcome than completed, or the request was refused (an answer came too late). */
    public static final int NOT_COMPLETED = 1;
    /** Unreadable design, bad arguments, or the command could not be carried out. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
