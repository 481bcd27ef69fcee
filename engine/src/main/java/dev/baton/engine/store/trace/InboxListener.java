// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

/** Told when a run's escalation has been put in the inbox, so that someone can wait for its answer. */
@FunctionalInterface
public interface InboxListener {
    InboxListener NONE = (escalation, inboxId) -> { };

    /**
     * @param escalation the escalation's number within the run, as the core knows it
     * @param inboxId its number in the inbox, as {@code baton inbox} shows it
     */
    void opened(int escalation, long inboxId);
}
