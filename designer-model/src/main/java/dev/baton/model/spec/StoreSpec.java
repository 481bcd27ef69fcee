// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import java.util.Optional;

/**
 * Shared state agents read and write.
 *
 * @param concurrency how concurrent writes are ordered
 * @param partitionKey the record field that partitions writers; required for {@code partitioned}
 */
public record StoreSpec(ConcurrencyControl concurrency, Optional<String> partitionKey) implements NodeSpec {
    public StoreSpec {
        Require.nonNull("concurrency", concurrency);
        Require.nonNull("partitionKey", partitionKey);
        partitionKey.ifPresent(k -> Require.nonBlank("partitionKey", k));
    }

    public static StoreSpec defaults() {
        return new StoreSpec(ConcurrencyControl.OPTIMISTIC, Optional.empty());
    }

    @Override
    public NodeKind kind() {
        return NodeKind.STORE;
    }
}
