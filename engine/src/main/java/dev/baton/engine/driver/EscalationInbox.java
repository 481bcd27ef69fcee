// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.driver;

import dev.baton.engine.core.EscalationRequest;

/**
 * Where the real-time driver puts escalations for people (the app's inbox, the trace database for
 * {@code baton inbox}). An answer comes back through {@link RealTimeDriver#answer}; if none comes, the run takes the
 * human's default decision at the deadline by itself. Must be threadsafe and must not block.
 */
@FunctionalInterface
public interface EscalationInbox {
    /** An inbox that only lets the deadline decide. */
    EscalationInbox NONE = request -> { };

    void open(EscalationRequest request);
}
