// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

/**
 * The exit codes of every {@code baton} command, so scripts and CI can rely on one convention whichever module
 * the command lives in.
 */
public final class ExitCodes {
    /** The command did what was asked: the run completed, the design is valid, the gate passed. */
    public static final int OK = 0;
    /**
     * The input was read but the result is not acceptable: the run ended with another outcome than completed, the
     * design has errors, a file is not canonical, the review gate failed, an answer came too late.
     */
    public static final int NOT_OK = 1;
    /** The input could not be used: missing or broken file, bad arguments, or the command could not be carried out. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
