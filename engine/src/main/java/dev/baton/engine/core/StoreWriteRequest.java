// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import dev.baton.model.Require;

/**
 * A write an agent's reply makes to a shared store; must name one of the agent's {@code write} edges.
 *
 * @param key the record written
 * @param value the change: for JSON objects, the fields set (merged onto the record the store's concurrency
 *     control chooses as base); any other value replaces the record
 */
public record StoreWriteRequest(NodeId store, String key, Object value) {
    public StoreWriteRequest {
        Require.nonNull("store", store);
        Require.nonBlank("store key", key);
    }
}
