// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.spi;

import dev.baton.engine.adapter.NodeBinding;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.driver.AgentAdapter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The example custom agent: answers every call with its input as {@code summary}, charging one token. Registered
 * in {@code META-INF/services/dev.baton.engine.adapter.spi.AgentProvider}; a real one would live in its own jar.
 */
public final class EchoAgentProvider implements AgentProvider {
    @Override
    public String name() {
        return "echo";
    }

    @Override
    public AgentAdapter create(NodeBinding node) {
        return call -> CompletableFuture.completedFuture(AgentReply.success(
                Map.of("summary", String.valueOf(call.input()), "node", node.id().value()), 1.0, 1, 0, 0));
    }
}
