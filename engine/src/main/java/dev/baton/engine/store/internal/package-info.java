// SPDX-License-Identifier: Apache-2.0
/** JDBC plumbing shared by the trace store's repositories; not an API. */
package dev.baton.engine.store.internal;
