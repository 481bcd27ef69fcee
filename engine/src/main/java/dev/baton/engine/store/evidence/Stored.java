// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.evidence;

import java.util.Objects;

/**
 * A value read back from the store with the id the database gave it.
 *
 * @param id the row id, positive
 */
public record Stored<T>(long id, T value) {
    public Stored {
        if (id < 1) {
            throw new IllegalArgumentException("stored id must be >= 1, but was " + id);
        }
        Objects.requireNonNull(value, "stored value must not be null");
    }
}
