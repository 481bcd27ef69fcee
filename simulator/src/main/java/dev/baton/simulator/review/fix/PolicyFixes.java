// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.fix;

import dev.baton.model.policy.Observability;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.policy.TerminationCriteria;
import dev.baton.simulator.review.Fix;
import java.util.OptionalInt;

/** Fixes that change the task-level policy set at intake. */
public final class PolicyFixes {
    private PolicyFixes() {}

    /** Sets the global hop cap to the checklist's suggestion. */
    public static Fix hopCap() {
        int cap = TaskPolicy.DEFAULT_HOP_CAP;
        return new Fix("Set the global hop cap to " + cap,
                d -> d.withPolicy(d.policy().withHopCap(OptionalInt.of(cap))));
    }

    /** Sets a wall-clock timeout for the whole run. */
    public static Fix wallClockTimeout() {
        var timeout = FixDefaults.POLICY.wallClockTimeout();
        return new Fix("Set a wall-clock timeout of " + timeout.orElseThrow().toMinutes() + " minutes for the run",
                d -> d.withPolicy(d.policy().withWallClockTimeout(timeout)));
    }

    /**
     * Writes termination criteria: a cap on agent calls (which bounds every cycle, planner rounds included) and a
     * completion condition, keeping whatever is already set.
     */
    public static Fix termination() {
        int maxCalls = FixDefaults.POLICY.termination().maxAgentCalls().orElseThrow();
        return new Fix("Stop the task after " + maxCalls + " agent calls and write down when it is complete", d -> {
            TerminationCriteria t = d.policy().termination();
            TerminationCriteria fixed = new TerminationCriteria(
                    t.maxAgentCalls().isPresent() ? t.maxAgentCalls() : OptionalInt.of(maxCalls),
                    t.completeWhen().isBlank() ? FixDefaults.COMPLETE_WHEN : t.completeWhen());
            return d.withPolicy(d.policy().withTermination(fixed));
        });
    }

    /** Switches message-level tracing on. */
    public static Fix tracing() {
        return new Fix("Switch message-level tracing on", d -> d.withPolicy(d.policy().withObservability(
                withTracing(d.policy().observability(), true, d.policy().observability().stateDiffs()))));
    }

    /** Switches state-diff logging on. */
    public static Fix stateDiffs() {
        return new Fix("Switch state-diff logging of store writes on", d -> d.withPolicy(d.policy().withObservability(
                withTracing(d.policy().observability(), d.policy().observability().tracing(), true))));
    }

    /** Samples a fraction of end-to-end outputs for evaluation against ground truth. */
    public static Fix evaluationSample() {
        double rate = Observability.DEFAULTS.evaluationSampleRate();
        return new Fix("Sample " + Math.round(rate * 100) + "% of end-to-end outputs for evaluation", d -> {
            Observability o = d.policy().observability();
            return d.withPolicy(d.policy().withObservability(new Observability(o.tracing(), o.stateDiffs(), rate)));
        });
    }

    private static Observability withTracing(Observability o, boolean tracing, boolean stateDiffs) {
        return new Observability(tracing, stateDiffs, o.evaluationSampleRate());
    }
}
