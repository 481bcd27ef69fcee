// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.core.Outcome;
import dev.baton.model.Design;
import dev.baton.simulator.design.BehaviourModel;
import dev.baton.simulator.design.DesignReplication;
import dev.baton.simulator.montecarlo.Cancellation;
import dev.baton.simulator.montecarlo.MonteCarloRunner;
import dev.baton.simulator.montecarlo.MonteCarloSettings;
import dev.baton.simulator.montecarlo.ProgressListener;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.review.SampleDesignFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndReasonsTest {

    @Test
    void numbersAreMaskedButDigitsInNamesStay() {
        assertThat(EndReasons.pattern("planner used 6,812 tokens, more than its budget of 6,000 (answer truncated)"))
                .isEqualTo("planner used # tokens, more than its budget of # (answer truncated)");
        assertThat(EndReasons.pattern("confidence 0.62 is below the threshold 0.80; wall-clock timeout 5m reached"))
                .isEqualTo("confidence # is below the threshold #; wall-clock timeout #m reached");
        assertThat(EndReasons.pattern("subtask 3 at worker-3 failed: gpt-4o answered HTTP 503, cost $1.50"))
                .isEqualTo("subtask # at worker-3 failed: gpt-4o answered HTTP #, cost $#");
        assertThat(EndReasons.pattern("no numbers here")).isEqualTo("no numbers here");
        assertThat(EndReasons.pattern("12 calls still open. 7.")).isEqualTo("# calls still open. #.");
    }

    @Test
    void runsGroupByOutcomeAndPatternMostFirstWithTheFirstRunAsExample() {
        EndReasons r = new EndReasons();
        r.add(Outcome.FAILED, "billing used 5,200 tokens", 4);
        r.add(Outcome.COMPLETED, "done after 2 rounds", 0);
        r.add(Outcome.FAILED, "triage hung", 1);
        r.add(Outcome.FAILED, "billing used 6,100 tokens", 9);
        r.add(Outcome.COMPLETED, "done after 1 rounds", 2);

        assertThat(r.all()).containsExactly(
                new EndReasons.Reason(Outcome.COMPLETED, "done after # rounds", 2, "done after 2 rounds", 0),
                new EndReasons.Reason(Outcome.FAILED, "billing used # tokens", 2, "billing used 5,200 tokens", 4),
                new EndReasons.Reason(Outcome.FAILED, "triage hung", 1, "triage hung", 1));
        assertThat(r.top(Outcome.FAILED, 1)).extracting(EndReasons.Reason::pattern)
                .containsExactly("billing used # tokens");
        assertThat(r.top(Outcome.ABORTED, 3)).isEmpty();
    }

    @Test
    void patternsBeyondTheLimitAreCountedAsOtherReasons() {
        EndReasons r = new EndReasons();
        for (int i = 0; i < EndReasons.MAX_GROUPS + 5; i++) {
            r.add(Outcome.FAILED, "reason " + (char) ('a' + i % 26) + (char) ('a' + i / 26), i);
        }
        List<EndReasons.Reason> all = r.all();
        assertThat(all).hasSize(EndReasons.MAX_GROUPS + 1);
        assertThat(all.stream().filter(x -> x.pattern().equals(EndReasons.OTHER)).findFirst().orElseThrow().runs())
                .isEqualTo(5);
        assertThat(all.stream().mapToLong(EndReasons.Reason::runs).sum()).isEqualTo(EndReasons.MAX_GROUPS + 5);
    }

    @Test
    void chunksMergedInOrderGiveWhatOneAccumulatorGives() {
        String[] reasons = {"a 1", "b 2", "a 3", "c", "b 9", "d 1", "a 4", "c"};
        Outcome[] outcomes = {Outcome.FAILED, Outcome.FAILED, Outcome.FAILED, Outcome.PARTIAL, Outcome.FAILED,
            Outcome.ESCALATED, Outcome.FAILED, Outcome.PARTIAL};
        EndReasons one = new EndReasons();
        for (int i = 0; i < reasons.length; i++) {
            one.add(outcomes[i], reasons[i], i);
        }
        EndReasons merged = new EndReasons();
        for (int start = 0; start < reasons.length; start += 3) {
            EndReasons chunk = new EndReasons();
            for (int i = start; i < Math.min(start + 3, reasons.length); i++) {
                chunk.add(outcomes[i], reasons[i], i);
            }
            merged.mergeFrom(chunk);
        }
        assertThat(merged.all()).isEqualTo(one.all());
    }

    @Test
    void aSimulationsReasonsDoNotDependOnTheNumberOfThreads() throws Exception {
        Design design = SampleDesignFiles.load("support-handoff");
        SimulationSection section = SimulationSection.of(design);
        BehaviourModel model = BehaviourModel.compile(design, section, section.faultPlan("billing API outage"));
        List<EndReasons.Reason> one = reasons(model, 1);
        assertThat(one).hasSizeGreaterThan(3);
        assertThat(reasons(model, 2)).isEqualTo(one);
        assertThat(one.stream().mapToLong(EndReasons.Reason::runs).sum()).isEqualTo(600);
    }

    private static List<EndReasons.Reason> reasons(BehaviourModel model, int threads) {
        return new MonteCarloRunner().run(new MonteCarloSettings(600, 11, threads, 64), new DesignReplication(model),
                SimulationTally.aggregation(model), ProgressListener.NONE, new Cancellation()).aggregate().reasons()
                .all();
    }
}
