// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.CallPurpose;
import dev.baton.engine.core.RunId;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.script.ReplyKind;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RealTimeBehavioursTest {
    /** Counts the answers it delivers, and delivers them at once when their delay is over. */
    private final AtomicInteger delivered = new AtomicInteger();
    private final RealTimeBehaviours agents = new RealTimeBehaviours(r -> {
        delivered.incrementAndGet();
        r.run();
    });

    @Test
    void eachRunAnswersFromItsOwnBehaviourAfterItsLatency() throws Exception {
        agents.register(RunId.of(1), call -> AgentReply.success("one", 0.9, 1, 1, 5_000_000));
        agents.register(RunId.of(2), call -> AgentReply.success("two", 0.9, 1, 1, 0));

        CompletableFuture<AgentReply> one = agents.invoke(call(1));
        CompletableFuture<AgentReply> two = agents.invoke(call(2));

        assertThat(two).as("an answer without latency needs no delayer").isCompleted();
        assertThat(two.get().result()).isEqualTo("two");
        assertThat(one.get(10, TimeUnit.SECONDS).result()).isEqualTo("one");
        assertThat(delivered).as("the 5 ms answer came through the delayer").hasValue(1);
    }

    @Test
    void aHangOrNoAnswerNeverCompletes() {
        agents.register(RunId.of(1), call -> AgentReply.of(ReplyKind.HANG, "sampled hang", 0, 0, 0));
        agents.register(RunId.of(2), call -> null);

        assertThat(agents.invoke(call(1))).isNotDone();
        assertThat(agents.invoke(call(2))).isNotDone();
        assertThat(delivered).as("nothing was scheduled to complete them").hasValue(0);
    }

    @Test
    void aRunWithoutABehaviourIsAnErrorNamingTheRunAndTheNode() {
        agents.register(RunId.of(1), call -> null);
        agents.remove(RunId.of(1));

        assertThatThrownBy(() -> agents.invoke(call(1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no behaviour registered for run").hasMessageContaining("worker");
        agents.register(RunId.of(1), call -> null);
        assertThatThrownBy(() -> agents.register(RunId.of(1), call -> null))
                .hasMessageContaining("already has a behaviour");
    }

    private static AgentCall call(long run) {
        return new AgentCall(RunId.of(run), 0, NodeId.of("worker"), NodeKind.AGENT, CallPurpose.WORK, 0, null,
                List.of(), List.of(), TrustLabel.SYSTEM, 1, 1, 1000, List.of(), 1);
    }
}
