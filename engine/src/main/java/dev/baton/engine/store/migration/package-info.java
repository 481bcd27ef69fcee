// SPDX-License-Identifier: Apache-2.0
/**
 * Versioned schema migrations of the trace store: ordered SQL scripts under {@code db/migration/} and a small
 * runner that records what it applied in a {@code schema_version} table.
 */
package dev.baton.engine.store.migration;
