// SPDX-License-Identifier: Apache-2.0
/** Runs in the trace store: one row per task run, with its terminal outcome and totals. */
package dev.baton.engine.store.run;
