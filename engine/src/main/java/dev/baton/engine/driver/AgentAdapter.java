// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.driver;

import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import java.util.concurrent.CompletableFuture;

/**
 * How the real-time driver calls a node: scripted, a process, an HTTP model API or Java code. The future
 * completes with the node's answer; completing it exceptionally counts as a crash, and never completing it is a
 * hang (the engine's deadline turns both into failed envelopes). The adapter must honour
 * {@link AgentCall#maxTokens()}.
 *
 * <p>Implementations must be threadsafe: the driver calls them from many runs at once.
 */
@FunctionalInterface
public interface AgentAdapter {
    CompletableFuture<AgentReply> invoke(AgentCall call);
}
