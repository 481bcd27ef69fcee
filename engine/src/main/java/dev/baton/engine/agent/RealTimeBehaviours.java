// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.agent;

import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.RunId;
import dev.baton.engine.driver.AgentAdapter;
import dev.baton.engine.time.Behaviour;
import dev.baton.model.Require;
import dev.baton.model.script.ReplyKind;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Virtual-time behaviours as agents of the real-time driver: each run answers from its own {@link Behaviour} (for
 * example stochastic agents sampling a behaviour profile from the run's seeded streams), and an answer arrives
 * after its {@link AgentReply#latencyNanos()} on a real-time delayer, as in {@link ScriptedAgents#withLatency}. A
 * null answer or a {@code hang} never completes, so the engine's call timeout or run deadline settles it exactly as
 * in virtual time. Humans are not answered here: escalations go to the driver's inbox.
 *
 * <p>This class is threadsafe. A run's behaviour is called only from the driver's handling of that run, one call
 * at a time (with the driver's default, synchronous dispatch), so behaviours need not be threadsafe themselves.
 */
public final class RealTimeBehaviours implements AgentAdapter {
    private final Map<RunId, Behaviour> runs = new ConcurrentHashMap<>();
    private final Executor delayer;

    /** @param delayer the executor that completes delayed answers; its clock is real time */
    public RealTimeBehaviours(Executor delayer) {
        this.delayer = Require.nonNull("delayer", delayer);
    }

    /** Answers the calls of {@code run} from {@code behaviour} until {@link #remove} is called for it. */
    public void register(RunId run, Behaviour behaviour) {
        Require.nonNull("behaviour", behaviour);
        if (runs.putIfAbsent(Require.nonNull("run", run), behaviour) != null) {
            throw new IllegalArgumentException("run " + run + " already has a behaviour");
        }
    }

    /** Forgets {@code run}'s behaviour; call it when the run has finished. */
    public void remove(RunId run) {
        runs.remove(run);
    }

    @Override
    public CompletableFuture<AgentReply> invoke(AgentCall call) {
        Behaviour behaviour = runs.get(call.run());
        if (behaviour == null) {
            throw new IllegalStateException("no behaviour registered for run " + call.run() + " (call of "
                    + call.node() + ")");
        }
        return later(behaviour.respond(call), delayer);
    }

    /** {@code reply} after its latency on {@code delayer}; never, for a null reply or a hang. */
    static CompletableFuture<AgentReply> later(AgentReply reply, Executor delayer) {
        if (reply == null || reply.kind() == ReplyKind.HANG) {
            return new CompletableFuture<>();
        }
        if (reply.latencyNanos() == 0) {
            return CompletableFuture.completedFuture(reply);
        }
        return CompletableFuture.supplyAsync(() -> reply,
                CompletableFuture.delayedExecutor(reply.latencyNanos(), TimeUnit.NANOSECONDS, delayer));
    }
}
