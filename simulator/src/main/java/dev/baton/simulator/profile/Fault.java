// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.model.NodeId;
import dev.baton.model.Require;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/**
 * One injected fault of a {@link FaultPlan}. Rate-type faults change a node's behaviour profile (see
 * {@link FaultPlan#adjust}); timed and structural faults are acted on by the simulation driver.
 */
public sealed interface Fault permits Fault.Crash, Fault.ToolOutage, Fault.OutcomeRate, Fault.AlwaysHandsOff,
        Fault.PlannerNeverConverges, Fault.ConcurrentWriters, Fault.HallucinationRate, Fault.DetectionRate,
        Fault.ContextRot {

    /** The node the fault is about (the store, for concurrent writers). */
    NodeId node();

    /**
     * "Worker B crashes at t=15s": a call of {@code node} in progress at {@code at}, or started after it, never
     * answers.
     *
     * @param node the crashing node
     * @param at   simulated time since the run started, >= 0
     */
    record Crash(NodeId node, Duration at) implements Fault {
        public Crash {
            Require.nonNull("crash node", node);
            Require.nonNull("crash time", at);
            if (at.isNegative()) {
                throw new IllegalArgumentException("crash time must be >= 0, but was " + at);
            }
        }
    }

    /**
     * "Search API down 10s-60s": the tool refuses every call within the window.
     *
     * @param node   the tool
     * @param window when it is down
     */
    record ToolOutage(NodeId node, TimeWindow window) implements Fault {
        public ToolOutage {
            Require.nonNull("outage tool", node);
            Require.nonNull("outage window", window);
        }
    }

    /**
     * "30% malformed envelopes from X": a fraction {@code rate} of the node's calls end in {@code outcome}.
     *
     * @param node    the node
     * @param outcome the forced outcome
     * @param rate    fraction of calls, in [0, 1]
     */
    record OutcomeRate(NodeId node, Outcome outcome, double rate) implements Fault {
        public OutcomeRate {
            Require.nonNull("outcome-rate node", node);
            Require.nonNull("outcome-rate outcome", outcome);
            Require.probability("outcome-rate rate", rate);
        }
    }

    /**
     * "Agent Y always hands off": every call of the node hands off instead of answering.
     *
     * @param node the agent
     */
    record AlwaysHandsOff(NodeId node) implements Fault {
        public AlwaysHandsOff {
            Require.nonNull("always-hands-off node", node);
        }
    }

    /**
     * "Planner never converges": no round of the planner converges.
     *
     * @param node the planner
     */
    record PlannerNeverConverges(NodeId node) implements Fault {
        public PlannerNeverConverges {
            Require.nonNull("planner-never-converges node", node);
        }
    }

    /**
     * "Two writers on one record": the writers read and write the same record of the store concurrently.
     *
     * @param node    the store
     * @param key     the record they both write
     * @param writers at least two distinct writers
     */
    record ConcurrentWriters(NodeId node, String key, List<NodeId> writers) implements Fault {
        public ConcurrentWriters {
            Require.nonNull("concurrent-writers store", node);
            Require.nonBlank("concurrent-writers key", key);
            Require.nonNull("concurrent-writers writers", writers);
            writers = List.copyOf(writers);
            if (writers.size() < 2 || new HashSet<>(writers).size() != writers.size()) {
                throw new IllegalArgumentException(
                        "concurrent-writers needs at least two distinct writers, but was " + writers);
            }
        }
    }

    /**
     * "30% hallucinations from Y": a fraction {@code rate} of the node's successful answers contain a fabricated
     * claim (and so does every answer built on one).
     *
     * @param node a model-backed node that produces results (agent, orchestrator or planner)
     * @param rate fraction of answers, in [0, 1]
     */
    record HallucinationRate(NodeId node, double rate) implements Fault {
        public HallucinationRate {
            Require.nonNull("hallucination-rate node", node);
            Require.probability("hallucination-rate rate", rate);
        }
    }

    /**
     * "The claim check catches only half": the validator rejects a fabricated claim with probability {@code rate}.
     *
     * @param node the validator
     * @param rate detection probability, in [0, 1]
     */
    record DetectionRate(NodeId node, double rate) implements Fault {
        public DetectionRate {
            Require.nonNull("detection-rate node", node);
            Require.probability("detection-rate rate", rate);
        }
    }

    /**
     * "Context rot 20% per prose hop": each constraint that reaches the node only as prose is dropped from what it
     * passes on with probability {@code rate}. Typed constraints are not affected.
     *
     * @param node the node that summarises
     * @param rate probability per constraint and hop, in [0, 1]
     */
    record ContextRot(NodeId node, double rate) implements Fault {
        public ContextRot {
            Require.nonNull("context-rot node", node);
            Require.probability("context-rot rate", rate);
        }
    }
}
