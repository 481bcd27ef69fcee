// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.engine.core.Outcome;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.format.ContentHash;
import dev.baton.simulator.incident.IncidentLabels;
import dev.baton.simulator.profile.FaultPlan;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.RunStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finished (or cancelled) simulation of a design under a fault plan, with everything the terminal summary,
 * the JSON export, the HTML report and the stored evidence show. Built after the batch; treat as immutable.
 */
public final class SimulationReport {
    private final Design design;
    private final String designHash;
    private final FaultPlan faultPlan;
    private final long seed;
    private final long requested;
    private final long completed;
    private final boolean cancelled;
    private final Horizon horizon;
    private final SimulationTally tally;
    private final RunStatistics.Summary<Outcome> summary;

    /**
     * @param tally     the merged tally of replications {@code 0 .. completed - 1}
     * @param requested runs asked for
     * @param completed runs in the tally
     */
    public SimulationReport(Design design, FaultPlan faultPlan, long seed, long requested, long completed,
            boolean cancelled, Horizon horizon, SimulationTally tally) {
        this.design = Objects.requireNonNull(design, "design must not be null");
        this.designHash = ContentHash.of(design);
        this.faultPlan = Objects.requireNonNull(faultPlan, "faultPlan must not be null");
        this.seed = seed;
        this.requested = requested;
        this.completed = completed;
        this.cancelled = cancelled;
        this.horizon = Objects.requireNonNull(horizon, "horizon must not be null");
        this.tally = Objects.requireNonNull(tally, "tally must not be null");
        this.summary = tally.stats().summary();
    }

    public Design design() {
        return design;
    }

    /** The design's content hash: the revision the evidence belongs to. */
    public String designHash() {
        return designHash;
    }

    public FaultPlan faultPlan() {
        return faultPlan;
    }

    /** Whether the plan injects any fault. */
    public boolean faultsInjected() {
        return !faultPlan.faults().isEmpty();
    }

    public long seed() {
        return seed;
    }

    public long requested() {
        return requested;
    }

    /** Runs in this report. */
    public long completed() {
        return completed;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public Horizon horizon() {
        return horizon;
    }

    public SimulationTally tally() {
        return tally;
    }

    public RunStatistics.Summary<Outcome> summary() {
        return summary;
    }

    /** Runs in which a human escalation was exercised. */
    public long escalatedRuns() {
        return tally.escalatedRuns();
    }

    public Runaway runaway() {
        return Runaway.of(tally, Math.max(1, completed));
    }

    /** Why the runs ended: per outcome, most runs first (see {@link EndReasons}). */
    public List<EndReasons.Reason> reasons() {
        return tally.reasons().all();
    }

    /** Each counter's total over all nodes, in counter order (zeros included). */
    public Map<NodeCounter, Long> totals() {
        Map<NodeCounter, Long> out = new java.util.EnumMap<>(NodeCounter.class);
        for (NodeCounter c : NodeCounter.values()) {
            out.put(c, 0L);
        }
        summary.counters().values().forEach(row -> row.forEach((c, n) -> out.merge(c, n, Long::sum)));
        return out;
    }

    /** Every non-zero counter at every node, most frequent first (ties: node, then counter order). */
    public List<Incident> incidents() {
        List<Incident> out = new ArrayList<>();
        for (Map.Entry<NodeId, Map<NodeCounter, Long>> row : summary.counters().entrySet()) {
            for (Map.Entry<NodeCounter, Long> c : row.getValue().entrySet()) {
                if (c.getValue() > 0) {
                    out.add(new Incident(row.getKey(), c.getKey(), c.getValue(),
                            (double) c.getValue() / Math.max(1, completed), IncidentLabels.of(c.getKey())));
                }
            }
        }
        out.sort(Comparator.comparingLong(Incident::count).reversed()
                .thenComparing(Incident::node).thenComparing(Incident::counter));
        return List.copyOf(out);
    }
}
