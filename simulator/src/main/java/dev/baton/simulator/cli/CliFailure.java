// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.cli;

/** Stops {@code baton simulate} with exit code 2 and a message saying what is wrong and where. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliFailure(String message) {
        super(message);
    }
}
