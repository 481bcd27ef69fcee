// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.model.NodeId;
import dev.baton.model.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * A named, saved failure scenario: faults combined at times or rates ("worker B crashes at t=15s and search is
 * down 10s-60s"). Faults apply in list order, so two rate faults on one node compose: forcing 30% malformed and
 * then 10% crash leaves 63% of the original mix.
 *
 * @param name        unique name within the design, not blank
 * @param description what the scenario rehearses; may be empty
 * @param faults      the faults, in order
 */
public record FaultPlan(String name, String description, List<Fault> faults) {
    public FaultPlan {
        Require.nonBlank("fault plan name", name);
        Require.nonNull("fault plan description", description);
        faults = List.copyOf(Require.nonNull("fault plan faults", faults));
    }

    /** The plan with no faults: the design as profiled. */
    public static FaultPlan none() {
        return new FaultPlan("none", "", List.of());
    }

    /** The profile {@code node} has under this plan: {@code base} with every rate-type fault on it applied. */
    public BehaviourProfile adjust(NodeId node, BehaviourProfile base) {
        BehaviourProfile p = base;
        for (Fault f : faults) {
            if (!f.node().equals(node)) {
                continue;
            }
            if (f instanceof Fault.OutcomeRate) {
                Fault.OutcomeRate r = (Fault.OutcomeRate) f;
                p = p.withOutcomes(p.outcomes().forcing(r.outcome(), r.rate()));
            } else if (f instanceof Fault.AlwaysHandsOff) {
                p = p.withHandoff(p.handoff().always());
            } else if (f instanceof Fault.PlannerNeverConverges) {
                p = p.withConvergencePerRound(0.0);
            } else if (f instanceof Fault.HallucinationRate) {
                p = p.withHallucinationRate(((Fault.HallucinationRate) f).rate());
            } else if (f instanceof Fault.DetectionRate) {
                p = p.withDetectionRate(((Fault.DetectionRate) f).rate());
            } else if (f instanceof Fault.ContextRot) {
                p = p.withContextRotPerHop(((Fault.ContextRot) f).rate());
            } else if (f instanceof Fault.ToolOutage) {
                p = p.withAvailability(p.availability().withOutage(((Fault.ToolOutage) f).window()));
            } else if (f instanceof Fault.Crash || f instanceof Fault.ConcurrentWriters) {
                continue; // acted on by the driver at run time, not a profile change
            } else {
                throw new AssertionError("unhandled fault " + f);
            }
        }
        return p;
    }

    /** The crashes of this plan, in order; the driver schedules them as timed events. */
    public List<Fault.Crash> crashes() {
        return ofType(Fault.Crash.class);
    }

    /** The concurrent-writer scenarios of this plan, in order. */
    public List<Fault.ConcurrentWriters> concurrentWriters() {
        return ofType(Fault.ConcurrentWriters.class);
    }

    private <F extends Fault> List<F> ofType(Class<F> type) {
        List<F> out = new ArrayList<>();
        for (Fault f : faults) {
            if (type.isInstance(f)) {
                out.add(type.cast(f));
            }
        }
        return List.copyOf(out);
    }
}
