// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.core.Outcome;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.simulator.design.BehaviourModel;
import dev.baton.simulator.design.DesignReplication;
import dev.baton.simulator.design.SimulatedRun;
import dev.baton.simulator.montecarlo.Cancellation;
import dev.baton.simulator.montecarlo.MonteCarloRunner;
import dev.baton.simulator.montecarlo.MonteCarloSettings;
import dev.baton.simulator.montecarlo.ProgressListener;
import dev.baton.simulator.montecarlo.ReplicationContext;
import dev.baton.simulator.profile.FaultPlan;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.random.RandomStreams;
import dev.baton.simulator.random.StreamSeeds;
import dev.baton.simulator.report.SimulationTally;
import dev.baton.simulator.review.SampleDesignFiles;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.RunStatistics;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The "done right" sample designs under each of their saved fault plans: the faults happen, and the design's
 * guarantees hold. No run is a runaway (every one ends by the design's own caps, never at the simulation horizon),
 * no subtask is orphaned, no update is lost, no result reaches the output without passing a validator, and no run
 * passes its hop cap, token ceiling or cost ceiling; retries stay within the shared retry budget.
 */
class DoneRightDesignsTest {
    private static final MonteCarloSettings SETTINGS = new MonteCarloSettings(300, 20261122, 2, 50);

    @ParameterizedTest(name = "{0} under \"{1}\"")
    @CsvSource({"research-pipeline, worker crash", "research-pipeline, search API outage",
        "support-handoff, worker crash", "support-handoff, billing API outage", "support-handoff, specialists bounce",
        "adaptive-planning, worker crash", "adaptive-planning, market data outage",
        "adaptive-planning, planner never converges"})
    void everyGuaranteeHoldsUnderEverySavedPlan(String name, String plan) throws Exception {
        Design design = SampleDesignFiles.load(name);
        TaskPolicy policy = design.policy();

        SimulationTally tally = simulate(design, plan);
        RunStatistics.Summary<Outcome> s = tally.stats().summary();

        assertThat(tally.runawayCost().size()).as("runaways").isZero();
        assertThat(total(s, NodeCounter.ORPHANED_SUBTASKS)).as("orphaned subtasks").isZero();
        assertThat(total(s, NodeCounter.LOST_UPDATES)).as("lost updates").isZero();
        assertThat(total(s, NodeCounter.UNVALIDATED_OUTPUTS)).as("unvalidated outputs").isZero();
        assertThat(s.hops().max()).as("hops").isLessThanOrEqualTo(policy.hopCap().orElseThrow());
        assertThat(s.tokens().max()).as("tokens").isLessThanOrEqualTo(policy.tokenCeiling().orElseThrow());
        assertThat(s.cost().max()).as("cost").isLessThanOrEqualTo(policy.costCeilingUsd().orElseThrow().doubleValue());
        assertThat(total(s, NodeCounter.RETRIES)).as("retries draw on the shared budget")
                .isLessThanOrEqualTo(s.runs() * policy.sharedRetryBudget().orElseThrow());
    }

    @Test
    void specialistsThatBounceTheCaseTakeMoreHopsButNeverPassTheCap() throws Exception {
        Design design = SampleDesignFiles.load("support-handoff");
        RunStatistics.Summary<Outcome> bounce = simulate(design, "specialists bounce").stats().summary();
        RunStatistics.Summary<Outcome> usual = simulate(design, "worker crash").stats().summary();

        assertThat(bounce.hops().mean()).isGreaterThan(usual.hops().mean() + 0.5);
        assertThat(bounce.hops().max()).isLessThanOrEqualTo(design.policy().hopCap().orElseThrow());
        assertThat(bounce.counters().get(NodeId.of("case-owner")).get(NodeCounter.ESCALATIONS))
                .as("the case owner takes the case back and escalates").isPositive();
    }

    @Test
    void aPlannerThatNeverConvergesNeverCompletesAndIsStoppedByTheTokenCeiling() throws Exception {
        Design design = SampleDesignFiles.load("adaptive-planning");
        SimulationTally never = simulate(design, "planner never converges");
        RunStatistics.Summary<Outcome> s = never.stats().summary();
        RunStatistics.Summary<Outcome> usual = simulate(design, "worker crash").stats().summary();

        assertThat(s.outcomes()).noneMatch(share -> share.key() == Outcome.COMPLETED);
        assertThat(total(s, NodeCounter.BUDGET_KILLS)).as("stopped by the design's token ceiling")
                .isGreaterThan(s.runs() / 2);
        assertThat(never.runawayCost().size()).as("never by the simulation horizon").isZero();
        assertThat(s.tokens().mean()).as("every round costs tokens").isGreaterThan(usual.tokens().mean());
    }

    @Test
    void thePlannerConsultsItsSpecialistsBeforeItConvergesAndThenConvergesRoundByRound() throws Exception {
        Design design = SampleDesignFiles.load("adaptive-planning");
        SimulationSection section = SimulationSection.of(design);
        BehaviourModel model = BehaviourModel.compile(design, section, FaultPlan.none());
        DesignReplication replication = new DesignReplication(model);
        Pattern rounds = Pattern.compile("after (\\d+) rounds");
        int completed = 0;
        long roundSum = 0;
        int longest = 0;
        for (int i = 0; i < 600; i++) {
            long seed = StreamSeeds.replicationSeed(7, i);
            SimulatedRun run = replication.run(new ReplicationContext(i, seed, RandomStreams.fromSeed(seed)));
            Matcher m = rounds.matcher(run.reason());
            if (run.outcome() == Outcome.COMPLETED && m.find()) {
                int n = Integer.parseInt(m.group(1));
                assertThat(n).as("rounds of run %d (%s)", i, run.reason()).isPositive();
                completed++;
                roundSum += n;
                longest = Math.max(longest, n);
            }
        }
        // Convergence 0.45 per round from round 1 on: 1 / 0.45 = 2.2 rounds on average, fewer among the completed
        // runs, since every round is another chance for a fabricated claim that the plan check rejects.
        assertThat(completed).as("completed runs").isGreaterThan(200);
        assertThat((double) roundSum / completed).as("mean rounds of a completed run").isBetween(1.2, 2.4);
        assertThat(longest).as("the longest completed run's rounds").isGreaterThanOrEqualTo(3);
    }

    private static SimulationTally simulate(Design design, String plan) throws Exception {
        SimulationSection section = SimulationSection.of(design);
        BehaviourModel model = BehaviourModel.compile(design, section, section.faultPlan(plan));
        return new MonteCarloRunner().run(SETTINGS, new DesignReplication(model), SimulationTally.aggregation(model),
                ProgressListener.NONE, new Cancellation()).aggregate();
    }

    private static long total(RunStatistics.Summary<Outcome> s, NodeCounter c) {
        return s.counters().values().stream().mapToLong(row -> row.get(c)).sum();
    }
}
