// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.spi;

import dev.baton.engine.adapter.NodeBinding;
import dev.baton.engine.driver.AgentAdapter;

/**
 * A custom agent written in Java, found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/dev.baton.engine.adapter.spi.AgentProvider} on the engine's class path, and set the node's
 * adapter to {@code {"kind": "java", "provider": "<name>"}}. The adapter it creates must be threadsafe, must honour
 * {@code AgentCall.maxTokens()} and should report its token usage in the reply.
 */
public interface AgentProvider {
    /** The name nodes use in {@code adapter.provider}. */
    String name();

    /** The adapter for one node of a design. */
    AgentAdapter create(NodeBinding node);
}
