// SPDX-License-Identifier: Apache-2.0
/**
 * Human escalations in the store: the inbox. A run raises an escalation and waits; a person answers it from the
 * inbox (app or {@code baton inbox answer}) before its deadline, or the run takes the default decision.
 */
package dev.baton.engine.store.escalation;
