// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

/** A trace store operation failed; the message says which operation and on which database. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
