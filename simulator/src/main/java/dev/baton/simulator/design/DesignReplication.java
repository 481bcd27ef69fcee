// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.engine.core.EngineLimits;
import dev.baton.engine.core.Outcome;
import dev.baton.engine.core.RunId;
import dev.baton.engine.core.RunPlan;
import dev.baton.engine.core.RunResult;
import dev.baton.engine.core.StopCause;
import dev.baton.engine.time.VirtualTimeDriver;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.simulator.montecarlo.Replication;
import dev.baton.simulator.montecarlo.ReplicationContext;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.RunStatistics;

/**
 * One replication of a design: the engine's {@link VirtualTimeDriver} runs the compiled plan with nodes answering
 * from a {@link SampledBehaviour}. Run-level incidents are counted at the end node (results that reached the
 * output unvalidated or fabricated) or, when a budget or ceiling of the design killed the run, at the start node. Threadsafe: each
 * thread keeps its own driver, as the driver asks.
 */
public final class DesignReplication implements Replication<SimulatedRun> {
    private static final double MICROS_PER_DOLLAR = 1_000_000.0;
    private static final double NANOS_PER_SECOND = 1e9;
    /**
     * The task input of every replication: an empty object, shared because nothing changes an input (the core
     * passes it on, and the sampled behaviour copies what it marks as fabricated).
     */
    private static final Object EMPTY_INPUT = JsonNodeFactory.instance.objectNode();

    private final RunPlan plan;
    private final BehaviourModel model;
    private final NodeId startNode;
    private final NodeId endNode;
    private final ThreadLocal<Worker> workers;

    /** What each thread reuses across replications: the driver (as it asks), the trace observer and behaviour. */
    private static final class Worker {
        final VirtualTimeDriver driver = new VirtualTimeDriver();
        final RunObserver observer;
        /** Reset before each replication; its streams are the replication's own. */
        final SampledBehaviour behaviour;

        Worker(BehaviourModel model) {
            observer = new RunObserver(model);
            behaviour = new SampledBehaviour(model, null, observer);
        }
    }

    public DesignReplication(BehaviourModel model) {
        this(model, EngineLimits.defaults());
    }

    /** A replication whose runs stop at {@code limits}' safety ceilings where the design sets no cap. */
    public DesignReplication(BehaviourModel model, EngineLimits limits) {
        this.model = model;
        this.plan = RunPlan.compile(model.design(), limits);
        this.startNode = firstOf(NodeKind.START);
        this.endNode = firstOf(NodeKind.END);
        this.workers = ThreadLocal.withInitial(() -> new Worker(model));
    }

    private NodeId firstOf(NodeKind kind) {
        for (Node n : model.design().nodes()) {
            if (n.kind() == kind) {
                return n.id();
            }
        }
        return model.nodes().get(0).id();
    }

    @Override
    public SimulatedRun run(ReplicationContext context) {
        Worker worker = workers.get();
        RunObserver observer = worker.observer;
        observer.reset();
        SampledBehaviour behaviour = worker.behaviour;
        behaviour.reset(context.streams());
        VirtualTimeDriver driver = worker.driver;
        RunResult r = driver.run(plan, RunId.of(context.index()), EMPTY_INPUT,
                context.seed(), behaviour, observer);
        return simulatedRun(context, r, behaviour, observer, driver.lastEventCount());
    }

    /** The run's measures and counts, with the run-level incidents added to {@code observer}'s. */
    SimulatedRun simulatedRun(ReplicationContext context, RunResult r, SampledBehaviour behaviour,
            RunObserver observer, int events) {
        // A run only the engine's safety ceiling stopped is a runaway (reported as such), not a budget kill.
        if (isBudgetKill(r.stopCause()) && !r.safetyCeiling()) {
            observer.add(startNode, NodeCounter.BUDGET_KILLS);
        }
        if (r.result() != null && (r.outcome() == Outcome.COMPLETED || r.outcome() == Outcome.PARTIAL)) {
            // A result a person approved on escalation was checked, by the design's human escalation path.
            if (!r.validated() && !observer.humanApproved()) {
                observer.add(endNode, NodeCounter.UNVALIDATED_OUTPUTS);
            }
            if (behaviour.isFabricated(r.result())) {
                observer.add(endNode, NodeCounter.WRONG_OUTPUTS);
            }
        }
        RunStatistics.RunMeasures measures = new RunStatistics.RunMeasures(r.tokens(),
                r.costMicros() / MICROS_PER_DOLLAR, r.endTime() / NANOS_PER_SECOND, r.hops());
        return new SimulatedRun(context.index(), context.seed(), r.outcome(), r.reason(), measures, observer.counts(),
                events, observer.busyNanos() / NANOS_PER_SECOND);
    }

    /** The compiled plan the replications run. */
    RunPlan plan() {
        return plan;
    }

    /** Token, cost and call-count ceilings are budgets; a hop cap or a deadline is not. */
    private static boolean isBudgetKill(StopCause cause) {
        return cause == StopCause.TOKEN_CEILING || cause == StopCause.COST_CEILING || cause == StopCause.CALL_CAP;
    }

    /** The behaviour model replicated. */
    public BehaviourModel model() {
        return model;
    }
}
