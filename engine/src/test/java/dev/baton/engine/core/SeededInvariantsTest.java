// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.fixtures.RandomFaults;
import dev.baton.engine.fixtures.Runs;
import dev.baton.engine.fixtures.TestDesigns;
import dev.baton.engine.trace.TraceInvariants;
import dev.baton.model.Design;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of PRODUCT.md section 2 over 10,000 seeded runs with sampled faults, on the three patterns with
 * every guard and on the incident designs with and without their fixes.
 */
class SeededInvariantsTest {
    static final int RUNS = 10_000;

    static List<Design> designs() {
        List<Design> all = new ArrayList<>(List.of(TestDesigns.researchPipeline(), TestDesigns.supportHandoff(),
                TestDesigns.adaptivePlanner()));
        for (boolean fixed : new boolean[] {false, true}) {
            all.add(TestDesigns.handoffLoop(fixed));
            all.add(TestDesigns.retryStorm(fixed));
            all.add(TestDesigns.silentOverwrite(fixed));
            all.add(TestDesigns.lostSubtask(fixed));
            all.add(TestDesigns.contextRot(fixed));
            all.add(TestDesigns.compoundingHallucination(fixed));
        }
        return all;
    }

    @Test
    void everyGuaranteeHoldsOverTenThousandSeededFaultyRuns() {
        List<Design> designs = designs();
        List<RunPlan> plans = new ArrayList<>();
        List<RandomFaults.Profile> profiles = new ArrayList<>();
        for (Design d : designs) {
            plans.add(RunPlan.compile(d));
            profiles.add(RandomFaults.Profile.of(d));
        }
        List<String> violations = new ArrayList<>();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int lostUpdates = 0;
        int breakerTrips = 0;
        int constraintsLost = 0;
        int validatorRetries = 0;
        for (int seed = 0; seed < RUNS; seed++) {
            int k = seed % designs.size();
            Design design = designs.get(k);
            double faultRate = 0.05 + (seed % 7) * 0.05;
            Runs run = Runs.run(plans.get(k), new RandomFaults(profiles.get(k), seed, faultRate), seed);
            for (String v : TraceInvariants.check(run.plan(), run.trace(), run.result())) {
                violations.add("seed " + seed + " (" + design.name() + "): " + v);
            }
            outcomes.merge(run.result().outcome(), 1, Integer::sum);
            lostUpdates += run.result().lostUpdates();
            breakerTrips += run.result().breakerTrips();
            constraintsLost += run.result().constraintsLost();
            validatorRetries += (int) run.events(TraceEvent.DecisionMade.class).stream()
                    .filter(d -> d.kind() == DecisionKind.RETRY
                            && run.plan().node(d.node()).kind() == dev.baton.model.NodeKind.VALIDATOR)
                    .count();
        }
        assertThat(violations).isEmpty();
        // The faults must actually exercise the guards, or the check above proves little.
        assertThat(outcomes.keySet()).containsExactlyInAnyOrder(Outcome.values());
        assertThat(lostUpdates).isPositive();
        assertThat(breakerTrips).isPositive();
        assertThat(constraintsLost).isPositive();
        assertThat(validatorRetries).as("validators asked again after giving no verdict").isPositive();
    }

    @Test
    void theSameSeedGivesTheSameTraceEventForEvent() {
        List<Design> designs = designs();
        for (int seed = 0; seed < 600; seed++) {
            Design design = designs.get(seed % designs.size());
            Runs first = Runs.run(design, new RandomFaults(design, seed, 0.2), seed);
            Runs second = Runs.run(design, new RandomFaults(design, seed, 0.2), seed);
            assertThat(second.trace()).as("seed %d, %s", seed, design.name()).isEqualTo(first.trace());
        }
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        Design design = TestDesigns.researchPipeline();
        Runs a = Runs.run(design, new RandomFaults(design, 1, 0.3), 1);
        Runs b = Runs.run(design, new RandomFaults(design, 2, 0.3), 1);
        assertThat(a.trace()).isNotEqualTo(b.trace());
    }
}
