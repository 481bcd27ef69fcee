// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.engine.agent.RealTimeBehaviours;
import dev.baton.engine.core.RunId;
import dev.baton.engine.driver.EscalationInbox;
import dev.baton.engine.driver.RealTimeDriver;
import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import dev.baton.simulator.montecarlo.ReplicationContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Replications of a design on the engine's {@link RealTimeDriver} instead of in virtual time: the same stochastic
 * agents (each node sampling its behaviour profile from the replication's seeded streams, {@link SampledBehaviour})
 * answer after their sampled latency in real time, and timers run on a real scheduler. This is the other side of
 * the simulator's agreement check: a design's simulated distribution must match what the real-time engine does
 * with agents that behave as profiled. Humans are not simulated here (escalations find no inbox and take their
 * default decision at the deadline), so compare designs without human nodes.
 *
 * <p>This class is threadsafe; many replications may be in flight at once.
 */
public final class RealTimeReplication {
    private final DesignReplication measures;
    private final RealTimeBehaviours agents;
    private final RealTimeDriver driver;

    /**
     * @param scheduler runs the driver's timers and delivers the agents' delayed answers; a single thread keeps
     *     answers and timeouts in the order of their due times
     */
    public RealTimeReplication(BehaviourModel model, ScheduledExecutorService scheduler) {
        if (Require.nonNull("model", model).has(NodeKind.HUMAN)) {
            throw new IllegalArgumentException("real-time replications do not simulate humans, but design \""
                    + model.design().name() + "\" has a human node");
        }
        this.measures = new DesignReplication(model);
        this.agents = new RealTimeBehaviours(Require.nonNull("scheduler", scheduler));
        this.driver = new RealTimeDriver(agents, scheduler, EscalationInbox.NONE);
    }

    /** Starts the replication of {@code context}; the future completes when its run has ended. */
    public CompletableFuture<SimulatedRun> start(ReplicationContext context) {
        BehaviourModel model = measures.model();
        RunObserver observer = new RunObserver(model);
        SampledBehaviour behaviour = new SampledBehaviour(model, context.streams(), observer);
        RunId id = RunId.of(context.index());
        agents.register(id, behaviour);
        return driver.start(measures.plan(), id, JsonNodeFactory.instance.objectNode(), context.seed(), observer)
                .whenComplete((r, e) -> agents.remove(id))
                .thenApply(r -> measures.simulatedRun(context, r, behaviour, observer, 0));
    }
}
