// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

/** A command cannot go on; the message tells the user what and where, and the command exits with {@code code}. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;

    CliException(int code, String message) {
        super(message);
        this.code = code;
    }

    CliException(int code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    int code() {
        return code;
    }
}
