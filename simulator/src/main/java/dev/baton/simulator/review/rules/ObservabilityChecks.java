// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.EdgeKind;
import dev.baton.model.policy.Observability;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ReviewRule;
import dev.baton.simulator.review.Severity;
import dev.baton.simulator.review.fix.PolicyFixes;
import java.util.List;
import java.util.Optional;

/** The three levels of observability: message tracing (M06), state diffs (M07), end-to-end evaluation (M08). */
public final class ObservabilityChecks implements Check {

    @Override
    public void run(ReviewContext ctx, ReviewSink sink) {
        Observability o = ctx.policy().observability();
        if (!o.tracing()) {
            sink.finding(new Finding(ReviewRule.TRACING_OFF, Severity.MAJOR, "message-level tracing is off",
                    List.of(), List.of(), Optional.of(PolicyFixes.tracing())));
        }
        if (!o.stateDiffs()) {
            boolean writes = false;
            DesignGraph g = ctx.graph();
            for (int e = 0; e < g.edgeCount() && !writes; e++) {
                writes = g.edge(e).kind() == EdgeKind.WRITE;
            }
            sink.finding(new Finding(ReviewRule.STATE_DIFFS_OFF, writes ? Severity.MAJOR : Severity.MINOR,
                    writes ? "state-diff logging is off although agents write shared stores"
                            : "state-diff logging is off (no store is written yet)",
                    List.of(), List.of(), Optional.of(PolicyFixes.stateDiffs())));
        }
        if (o.evaluationSampleRate() == 0.0) {
            sink.finding(new Finding(ReviewRule.NO_EVALUATION_SAMPLE, Severity.MAJOR,
                    "no end-to-end output is sampled for evaluation against ground truth", List.of(), List.of(),
                    Optional.of(PolicyFixes.evaluationSample())));
        }
    }
}
