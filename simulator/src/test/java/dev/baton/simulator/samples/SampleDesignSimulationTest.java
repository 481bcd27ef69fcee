// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.core.Outcome;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.format.DesignFiles;
import dev.baton.simulator.design.BehaviourModel;
import dev.baton.simulator.design.DesignReplication;
import dev.baton.simulator.design.DesignStatistics;
import dev.baton.simulator.montecarlo.Cancellation;
import dev.baton.simulator.montecarlo.MonteCarloRunner;
import dev.baton.simulator.montecarlo.MonteCarloSettings;
import dev.baton.simulator.montecarlo.ProgressListener;
import dev.baton.simulator.profile.Fault;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.review.DesignReviewer;
import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.evidence.EvidenceSource;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.RunStatistics;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each sample design carries its simulation section; an incident design simulated under its own saved fault plan
 * shows its incident, and the copy repaired by the review's one-step fixes does not (or far less).
 */
class SampleDesignSimulationTest {
    private static final MonteCarloSettings SETTINGS = new MonteCarloSettings(300, 20261122, 2, 50);

    @ParameterizedTest
    @ValueSource(strings = {"incident-handoff-loop", "incident-retry-storm", "incident-silent-overwrite",
        "incident-lost-subtask", "incident-context-rot", "incident-compounding-hallucination", "research-pipeline",
        "support-handoff", "adaptive-planning"})
    void everySampleSectionReadsAndIsInTheSimulatorsCanonicalForm(String name) throws Exception {
        Design design = load(name);

        SimulationSection section = SimulationSection.of(design);

        assertThat(section.profiles()).isNotEmpty();
        assertThat(section.faultPlans()).isNotEmpty();
        assertThat(section.writeTo(design).simulation()).isEqualTo(design.simulation());
    }

    @Test
    void silentOverwriteLosesUpdatesUntilTheStoreIsVersioned() throws Exception {
        assertIncidentGoneAfterFixes("incident-silent-overwrite", "two writers on one record",
                NodeCounter.LOST_UPDATES);
    }

    @Test
    void lostSubtaskLeavesTheHungLitigationReviewOrphanedUntilWorkersHaveATimeout() throws Exception {
        Design design = load("incident-lost-subtask");
        RunStatistics.Summary<Outcome> lost = simulate(design, "litigation reviewer truncated");
        RunStatistics.Summary<Outcome> fixed = simulate(fixedByReview(design), "litigation reviewer truncated");

        assertThat(lost.counters().get(NodeId.of("litigation")).get(NodeCounter.ORPHANED_SUBTASKS))
                .as("a hang without a timeout is an orphaned subtask").isGreaterThan(lost.runs() / 20);
        assertThat(total(fixed, NodeCounter.ORPHANED_SUBTASKS)).as("fixed copy").isZero();
    }

    @Test
    void contextRotDropsTheConstraintAtEverySummaryUntilItIsTyped() throws Exception {
        Design design = load("incident-context-rot");
        assertThat(SimulationSection.of(design).faultPlan("summaries drop the constraint").faults())
                .as("the saved plan injects context rot").hasOnlyElementsOfType(Fault.ContextRot.class).isNotEmpty();
        RunStatistics.Summary<Outcome> rot = simulate(design, "summaries drop the constraint");
        RunStatistics.Summary<Outcome> fixed = simulate(fixedByReview(design), "summaries drop the constraint");

        for (String summariser : List.of("spec-writer", "researcher", "synthesizer")) {
            assertThat(rot.counters().get(NodeId.of(summariser)).get(NodeCounter.CONSTRAINTS_LOST))
                    .as("constraints lost at " + summariser).isPositive();
        }
        assertThat(total(rot, NodeCounter.CONSTRAINTS_LOST)).isGreaterThan(rot.runs() / 4);
        assertThat(total(fixed, NodeCounter.CONSTRAINTS_LOST)).as("fixed: typed constraints survive").isZero();
    }

    @Test
    void compoundingHallucinationReachesTheReportUntilAClaimCheckGatesIt() throws Exception {
        Design design = load("incident-compounding-hallucination");
        SimulationSection section = SimulationSection.of(design);
        assertThat(section.faultPlan("invented statistic").faults()).as("the saved plan injects the hallucinations")
                .containsExactly(new Fault.HallucinationRate(NodeId.of("researcher"), 0.3));
        RunStatistics.Summary<Outcome> incident = simulate(design, "invented statistic");
        RunStatistics.Summary<Outcome> fixed = simulate(fixedByReview(design), "invented statistic");

        assertThat(total(incident, NodeCounter.UNVALIDATED_OUTPUTS)).isGreaterThan(incident.runs() / 2);
        assertThat(total(incident, NodeCounter.WRONG_OUTPUTS)).isGreaterThan(incident.runs() / 5);
        assertThat(total(fixed, NodeCounter.UNVALIDATED_OUTPUTS)).as("fixed: every output passes the validator")
                .isZero();
        assertThat(total(fixed, NodeCounter.WRONG_OUTPUTS)).as("fixed: the claim check catches them")
                .isLessThan(total(incident, NodeCounter.WRONG_OUTPUTS) / 20);
    }

    @Test
    void retryStormUnderTheErpOutageIsDampedByTheBreakerAndSharedBudget() throws Exception {
        Design design = load("incident-retry-storm");
        RunStatistics.Summary<Outcome> storm = simulate(design, "erp outage");
        RunStatistics.Summary<Outcome> fixed = simulate(fixedByReview(design), "erp outage");

        assertThat(total(storm, NodeCounter.RETRIES)).isGreaterThan(10 * storm.runs())
                .isGreaterThan(2 * total(fixed, NodeCounter.RETRIES));
        assertThat(total(storm, NodeCounter.BREAKER_TRIPS)).isZero();
        assertThat(total(fixed, NodeCounter.BREAKER_TRIPS)).isPositive();
    }

    @Test
    void handoffLoopRunsOnUntilSomethingBreaksAndTheFixedCopyStopsAtItsHopCap() throws Exception {
        Design design = load("incident-handoff-loop");
        Design fixed = fixedByReview(design);
        RunStatistics.Summary<Outcome> loop = simulate(design, "nobody owns the answer");
        RunStatistics.Summary<Outcome> capped = simulate(fixed, "nobody owns the answer");
        int hopCap = fixed.policy().hopCap().orElseThrow();

        assertThat(loop.hops().max()).isGreaterThan(hopCap);
        assertThat(loop.tokens().p95()).isGreaterThan(1.3 * capped.tokens().p95());
        assertThat(loop.outcomes()).anySatisfy(share -> {
            assertThat(share.key()).isEqualTo(Outcome.FAILED);
            assertThat(share.proportion()).isGreaterThan(0.5);
        });
        assertThat(capped.hops().max()).isLessThanOrEqualTo(hopCap);
        assertThat(total(capped, NodeCounter.HOP_CAP_HITS)).as("the cap is what stops the loop").isPositive();
        // What still fails in the capped copy is a person rejecting a fabricated answer on escalation, not the loop.
        assertThat(capped.outcomes()).noneMatch(share -> share.key() == Outcome.FAILED && share.proportion() > 0.3);
    }

    private static void assertIncidentGoneAfterFixes(String name, String plan, NodeCounter counter)
            throws Exception {
        Design design = load(name);

        assertThat(total(simulate(design, plan), counter)).as(name + " under " + plan).isPositive();
        assertThat(total(simulate(fixedByReview(design), plan), counter)).as("fixed " + name).isZero();
    }

    /** The design after applying the review's one-step fixes in turn, as a user clicking "fix" would. */
    static Design fixedByReview(Design design) {
        DesignReviewer reviewer = new DesignReviewer(EvidenceSource.NONE);
        Design fixed = design;
        for (int round = 0; round < 30; round++) {
            Optional<Finding> fixable = reviewer.review(fixed).findings().stream()
                    .filter(f -> f.fix().isPresent()).findFirst();
            if (fixable.isEmpty()) {
                return fixed;
            }
            fixed = fixable.get().fix().orElseThrow().apply(fixed);
        }
        throw new AssertionError("the review still had fixes after 30 rounds on " + design.name());
    }

    private static RunStatistics.Summary<Outcome> simulate(Design design, String plan) throws Exception {
        SimulationSection section = SimulationSection.of(design);
        BehaviourModel model = BehaviourModel.compile(design, section, section.faultPlan(plan));
        return new MonteCarloRunner().run(SETTINGS, new DesignReplication(model), DesignStatistics.aggregation(model),
                ProgressListener.NONE, new Cancellation()).aggregate().summary();
    }

    private static long total(RunStatistics.Summary<Outcome> s, NodeCounter c) {
        return s.counters().values().stream().mapToLong(row -> row.get(c)).sum();
    }

    private static Design load(String name) throws Exception {
        return DesignFiles.load(Path.of("..", "designs", name + ".baton.json")).design();
    }
}
