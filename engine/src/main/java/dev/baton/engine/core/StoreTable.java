// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.model.NodeId;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared stores of one run. Each store has a version counter bumped by every applied write; a record keeps
 * its versions as a chain, so the state a writer read at its call's start can be found again (control
 * {@code none} applies the write on that stale base, which is how an update gets lost).
 */
final class StoreTable {
    static final class Version {
        final long version;
        final Object value;
        final NodeId writer;
        final Version previous;

        Version(long version, Object value, NodeId writer, Version previous) {
            this.version = version;
            this.value = value;
            this.writer = writer;
            this.previous = previous;
        }
    }

    static final class Store {
        long version;
        final Map<String, Version> records = new HashMap<>();
        final Map<String, NodeId> partitionOwners = new HashMap<>();

        Version current(String key) {
            return records.get(key);
        }

        /** The value of {@code key} as of store version {@code readVersion}. */
        Object valueAt(String key, long readVersion) {
            Version v = records.get(key);
            while (v != null && v.version > readVersion) {
                v = v.previous;
            }
            return v == null ? null : v.value;
        }

        Version apply(String key, Object value, NodeId writer) {
            version++;
            Version v = new Version(version, value, writer, records.get(key));
            records.put(key, v);
            return v;
        }
    }

    private final Store[] stores;

    StoreTable(int count) {
        this.stores = new Store[count];
    }

    Store store(int slot) {
        Store s = stores[slot];
        if (s == null) {
            s = new Store();
            stores[slot] = s;
        }
        return s;
    }

    long version(int slot) {
        Store s = stores[slot];
        return s == null ? 0 : s.version;
    }

    /** The change applied on a base: JSON object fields are merged, anything else replaces the base. */
    static Object merge(Object base, Object change) {
        if (base instanceof ObjectNode && change instanceof ObjectNode) {
            ObjectNode copy = ((ObjectNode) base).deepCopy();
            copy.setAll((ObjectNode) change);
            return copy;
        }
        return change;
    }

    /** The partition of a write: the value of the store's partition key in the change, else the record key. */
    static String partitionOf(String key, Object change, String partitionKey) {
        if (partitionKey != null && change instanceof JsonNode) {
            JsonNode p = ((JsonNode) change).get(partitionKey);
            if (p != null && !p.isNull()) {
                return p.asText();
            }
        }
        return key;
    }
}
