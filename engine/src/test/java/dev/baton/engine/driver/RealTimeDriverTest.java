// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.driver;

import static dev.baton.engine.fixtures.DesignDsl.agent;
import static dev.baton.engine.fixtures.DesignDsl.handoff;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.agent.ScriptedAgents;
import dev.baton.engine.core.EscalationRequest;
import dev.baton.engine.core.FailureKind;
import dev.baton.engine.core.Outcome;
import dev.baton.engine.core.RunId;
import dev.baton.engine.core.RunPlan;
import dev.baton.engine.core.RunResult;
import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.fixtures.DesignDsl;
import dev.baton.engine.fixtures.Runs;
import dev.baton.engine.fixtures.TestDesigns;
import dev.baton.engine.trace.MemoryTraceSink;
import dev.baton.engine.trace.TraceInvariants;
import dev.baton.model.Design;
import dev.baton.model.EdgeKind;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.HumanDecision;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.spec.OwnerDecision;
import dev.baton.model.spec.OwnerSpec;
import dev.baton.model.spec.StartSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RealTimeDriverTest {
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    /** A ticker the test moves by hand; the driver reads time only through it. */
    private final AtomicLong ticker = new AtomicLong();

    @AfterEach
    void stop() {
        timers.shutdownNow();
        pool.shutdownNow();
    }

    @Test
    void scriptedRunEndsAsInVirtualTimeWithAValidTrace() throws Exception {
        Design design = TestDesigns.researchPipeline();
        RunPlan plan = RunPlan.compile(design);
        MemoryTraceSink sink = new MemoryTraceSink();
        RealTimeDriver driver = new RealTimeDriver(new ScriptedAgents(design), timers, EscalationInbox.NONE,
                Runnable::run, ticker::get);

        RunResult result = driver.start(plan, RunId.of(1), null, 1, sink).get(10, TimeUnit.SECONDS);

        Runs virtual = Runs.scripted(design);
        assertThat(result.outcome()).isEqualTo(virtual.result().outcome());
        assertThat(result.reason()).isEqualTo(virtual.result().reason());
        assertThat(TraceInvariants.check(plan, sink.events(), result)).isEmpty();
        assertThat(driver.inFlight()).isZero();
    }

    @Test
    void agentThatNeverAnswersIsFailedByTheEngineDeadlineAndRetried() throws Exception {
        Design design = new DesignDsl("hang").policy(TaskPolicy.defaults())
                .node("start", StartSpec.defaults())
                .node("slow", agent(1_000, Duration.ofMillis(30), 2))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "slow").edge(EdgeKind.OUTPUT, "slow", "end")
                .build();
        RunPlan plan = RunPlan.compile(design);
        MemoryTraceSink sink = new MemoryTraceSink();
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        AgentAdapter hangs = call -> {
            attempts.add(call.attempt());
            return new CompletableFuture<>();
        };
        RealTimeDriver driver = new RealTimeDriver(hangs, timers, EscalationInbox.NONE);

        RunResult result = driver.start(plan, RunId.of(2), null, 2, sink).get(10, TimeUnit.SECONDS);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.reason()).isEqualTo("slow failed: no answer from slow within 30ms; no owner to decide");
        assertThat(attempts).containsExactly(1, 2);
        assertThat(sink.events()).filteredOn(e -> e instanceof TraceEvent.EnvelopeReceived)
                .allMatch(e -> ((TraceEvent.EnvelopeReceived) e).failure() == FailureKind.TIMEOUT);
        assertThat(TraceInvariants.check(plan, sink.events(), result)).isEmpty();
    }

    @Test
    void humanAnswerFromTheInboxDecidesTheOwnersEscalation() throws Exception {
        Design design = new DesignDsl("escalation").policy(TaskPolicy.defaults())
                .node("start", StartSpec.defaults())
                .node("owner", new OwnerSpec(OwnerDecision.ESCALATE))
                .node("a", agent(100, null, 1)).node("b", agent(100, null, 1))
                .node("leads", new HumanSpec("leads", Optional.of(Duration.ofHours(1)), HumanDecision.REJECT))
                .node("end", EndSpec.defaults())
                .edge(EdgeKind.DELEGATE, "start", "owner").edge(EdgeKind.DELEGATE, "owner", "a")
                .edge(EdgeKind.HANDOFF, "a", "b").edge(EdgeKind.HANDOFF, "b", "a")
                .edge(EdgeKind.ESCALATE, "owner", "leads").edge(EdgeKind.OUTPUT, "a", "end")
                .script("a", false, handoff("b", null, 10, 0)).script("b", false, handoff("a", null, 10, 0))
                .build();
        List<EscalationRequest> inbox = new CopyOnWriteArrayList<>();
        RealTimeDriver driver = new RealTimeDriver(new ScriptedAgents(design), timers, inbox::add, Runnable::run,
                ticker::get);
        RunId id = RunId.of(3);

        CompletableFuture<RunResult> done = driver.start(RunPlan.compile(design), id, null, 3, new MemoryTraceSink());
        assertThat(done).isNotDone();
        assertThat(inbox).hasSize(1);
        assertThat(driver.answer(id, inbox.get(0).escalation(), HumanDecision.APPROVE)).isTrue();

        RunResult result = done.get(10, TimeUnit.SECONDS);
        assertThat(result.outcome()).isEqualTo(Outcome.ESCALATED);
        assertThat(result.reason()).isEqualTo("hop cap 12 reached at b; owner owner escalated; leads answered approve");
        assertThat(driver.answer(id, 0, HumanDecision.APPROVE)).isFalse();
    }

    @Test
    void cancelEndsTheRunAbortedAndSettlesCallsInFlight() throws Exception {
        Design design = TestDesigns.researchPipeline();
        RunPlan plan = RunPlan.compile(design);
        MemoryTraceSink sink = new MemoryTraceSink();
        RealTimeDriver driver = new RealTimeDriver(call -> new CompletableFuture<>(), timers, EscalationInbox.NONE,
                Runnable::run, ticker::get);
        CompletableFuture<RunResult> done = driver.start(plan, RunId.of(4), null, 4, sink);

        assertThat(driver.cancel(RunId.of(4), "user pressed stop")).isTrue();

        RunResult result = done.get(10, TimeUnit.SECONDS);
        assertThat(result.outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(result.reason()).isEqualTo("cancelled: user pressed stop");
        assertThat(result.stopCause()).isEqualTo(dev.baton.engine.core.StopCause.CANCELLED);
        assertThat(TraceInvariants.check(plan, sink.events(), result)).isEmpty();
    }

    @Test
    void manyRunsInFlightAtOnceWithAgentsOnAPoolAllKeepTheGuarantees() throws Exception {
        Design design = TestDesigns.researchPipeline();
        RunPlan plan = RunPlan.compile(design);
        ScriptedAgents scripted = new ScriptedAgents(design);
        // The scripted latencies, a hundred times shorter, so the runs overlap without making the test slow.
        AgentAdapter slow = call -> {
            var reply = scripted.respond(call);
            return CompletableFuture.supplyAsync(() -> reply,
                    CompletableFuture.delayedExecutor(reply.latencyNanos() / 100, TimeUnit.NANOSECONDS, pool));
        };
        RealTimeDriver driver = new RealTimeDriver(slow, timers, EscalationInbox.NONE, pool, System::nanoTime);
        List<CompletableFuture<RunResult>> runs = new ArrayList<>();
        List<MemoryTraceSink> sinks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            MemoryTraceSink sink = new MemoryTraceSink();
            sinks.add(sink);
            runs.add(driver.start(plan, RunId.of(i), null, i, sink));
        }
        for (int i = 0; i < runs.size(); i++) {
            RunResult result = runs.get(i).get(60, TimeUnit.SECONDS);
            assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(TraceInvariants.check(plan, sinks.get(i).events(), result)).isEmpty();
        }
    }
}
