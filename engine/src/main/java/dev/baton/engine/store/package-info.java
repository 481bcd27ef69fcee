// SPDX-License-Identifier: Apache-2.0
/**
 * The trace store: an embedded H2 database in file mode (never a server, never a network port) holding runs,
 * their traces, store writes, escalations, simulation results and review records. Open it with
 * {@link dev.baton.engine.store.TraceDatabase#open}; work in a {@link dev.baton.engine.store.StoreSession}.
 */
package dev.baton.engine.store;
