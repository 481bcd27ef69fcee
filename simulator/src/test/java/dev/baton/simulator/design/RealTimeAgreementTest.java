// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.core.Outcome;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.format.DesignFiles;
import dev.baton.simulator.montecarlo.Cancellation;
import dev.baton.simulator.montecarlo.MonteCarloRunner;
import dev.baton.simulator.montecarlo.MonteCarloSettings;
import dev.baton.simulator.montecarlo.ProgressListener;
import dev.baton.simulator.montecarlo.ReplicationContext;
import dev.baton.simulator.profile.BehaviourProfile;
import dev.baton.simulator.profile.FaultPlan;
import dev.baton.simulator.profile.HandoffProfile;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.random.RandomStreams;
import dev.baton.simulator.random.StreamSeeds;
import dev.baton.simulator.stats.RunStatistics;
import dev.baton.simulator.stats.SampleSet;
import dev.baton.simulator.stats.Tally;
import dev.baton.simulator.stats.TwoSampleTests;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's agreement check: a design simulated in virtual time has the same distribution of outcomes and hop
 * counts as the same design run by the engine's real-time driver with stochastic agents that sample the same
 * behaviour profiles ({@link RealTimeReplication}: real delays, real timers). The design
 * ({@code agreement.baton.json}) is a support handoff with millisecond latencies, retries, timeouts, hangs,
 * crashes, malformed answers and an owner at the hop cap, so every path of a handoff run is exercised.
 *
 * <p>Both samples are independent (different master seeds). Outcome mixes are compared by Pearson's chi-square
 * test of homogeneity, hop counts by the two-sample Kolmogorov-Smirnov test with a permutation p-value (exact for
 * discrete counts), each at {@value #ALPHA}. The negative control runs a genuinely different profile in real time
 * (the specialists hand off twice as often and answer partially 10% more often) and shows both tests reject it, so
 * agreement is not an artefact of weak tests. The p-values are printed for the record.
 */
class RealTimeAgreementTest {
    private static final double ALPHA = 0.01;
    private static final int RUNS = 400;
    private static final int IN_FLIGHT = 40;
    private static final int PERMUTATIONS = 2_000;

    private static ScheduledExecutorService scheduler;
    private static BehaviourModel model;
    private static Sample simulated;

    /** Outcomes and hop counts of one batch. */
    private record Sample(Tally<Outcome> outcomes, SampleSet hops) {}

    @BeforeAll
    static void simulate() throws Exception {
        // One thread: delayed answers and the driver's timers are delivered in the order of their due times.
        scheduler = Executors.newSingleThreadScheduledExecutor();
        Design design = design();
        model = BehaviourModel.compile(design, SimulationSection.of(design), FaultPlan.none());
        RunStatistics<Outcome> stats = new MonteCarloRunner().run(new MonteCarloSettings(RUNS, 41, 2, 50),
                new DesignReplication(model), DesignStatistics.aggregation(model), ProgressListener.NONE,
                new Cancellation()).aggregate();
        simulated = new Sample(stats.outcomeTally(), stats.hopSamples());
    }

    @AfterAll
    static void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void realTimeRunsWithTheSameProfilesAgreeWithTheSimulation() throws Exception {
        Sample real = runInRealTime(model, 42);

        TwoSampleTests.Result mix = TwoSampleTests.chiSquare(simulated.outcomes(), real.outcomes());
        TwoSampleTests.Result hops = hopTest(simulated, real);
        report("same profiles", real, mix, hops);

        assertThat(real.outcomes().total()).isEqualTo(RUNS);
        assertThat(real.outcomes().shares()).as("the design exercises several outcomes").hasSizeGreaterThan(2);
        assertThat(mix.rejectsAt(ALPHA)).as("outcome mix, chi-square p = %s", mix.pValue()).isFalse();
        assertThat(hops.rejectsAt(ALPHA)).as("hop counts, KS p = %s", hops.pValue()).isFalse();
    }

    @Test
    void negativeControlTheTestsRejectAGenuinelyDifferentProfile() throws Exception {
        Design design = model.design();
        Map<NodeId, BehaviourProfile> profiles = new LinkedHashMap<>(SimulationSection.of(design).profiles());
        for (String specialist : List.of("billing", "tech")) {
            NodeId id = NodeId.of(specialist);
            BehaviourProfile p = profiles.get(id);
            HandoffProfile h = p.handoff();
            profiles.put(id, p.withHandoff(new HandoffProfile(2 * h.rate(), h.notMyDomainRate(), h.preferences()))
                    .withOutcomes(p.outcomes().forcing(dev.baton.simulator.profile.Outcome.PARTIAL, 0.10)));
        }
        BehaviourModel different = BehaviourModel.compile(design, new SimulationSection(profiles, List.of()),
                FaultPlan.none());

        Sample real = runInRealTime(different, 43);

        TwoSampleTests.Result mix = TwoSampleTests.chiSquare(simulated.outcomes(), real.outcomes());
        TwoSampleTests.Result hops = hopTest(simulated, real);
        report("different profile", real, mix, hops);
        assertThat(mix.rejectsAt(ALPHA)).as("outcome mix, chi-square p = %s", mix.pValue()).isTrue();
        assertThat(hops.rejectsAt(ALPHA)).as("hop counts, KS p = %s", hops.pValue()).isTrue();
    }

    /** {@link #RUNS} replications on the real-time driver, at most {@link #IN_FLIGHT} at a time. */
    private static Sample runInRealTime(BehaviourModel m, long masterSeed) throws Exception {
        RealTimeReplication replication = new RealTimeReplication(m, scheduler);
        Tally<Outcome> outcomes = new Tally<>();
        SampleSet hops = new SampleSet();
        for (int from = 0; from < RUNS; from += IN_FLIGHT) {
            List<CompletableFuture<SimulatedRun>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(RUNS, from + IN_FLIGHT); i++) {
                long seed = StreamSeeds.replicationSeed(masterSeed, i);
                batch.add(replication.start(new ReplicationContext(i, seed, RandomStreams.fromSeed(seed))));
            }
            for (CompletableFuture<SimulatedRun> f : batch) {
                SimulatedRun run = f.get(30, TimeUnit.SECONDS);
                outcomes.add(run.outcome());
                hops.add(run.measures().hops());
            }
        }
        return new Sample(outcomes, hops);
    }

    private static TwoSampleTests.Result hopTest(Sample a, Sample b) {
        return TwoSampleTests.kolmogorovSmirnovPermutation(a.hops(), b.hops(), PERMUTATIONS,
                RandomStreams.fromSeed(7).stream("permutations"));
    }

    private static void report(String what, Sample real, TwoSampleTests.Result mix, TwoSampleTests.Result hops) {
        System.out.printf("agreement (%s): N = %d + %d, alpha %.2f; outcomes simulated %s, real-time %s: chi-square "
                + "%.3f (df %d) p = %.4f; hops mean %.3f vs %.3f: KS D = %.4f, permutation p = %.4f%n", what, RUNS,
                RUNS, ALPHA, mix(simulated.outcomes()), mix(real.outcomes()), mix.statistic(), mix.degreesOfFreedom(),
                mix.pValue(), mean(simulated.hops()), mean(real.hops()), hops.statistic(), hops.pValue());
    }

    private static String mix(Tally<Outcome> t) {
        StringBuilder b = new StringBuilder();
        t.shares().forEach(s -> b.append(b.length() == 0 ? "" : " ").append(s.key().jsonName()).append('=')
                .append(s.count()));
        return b.toString();
    }

    private static double mean(SampleSet s) {
        double sum = 0;
        for (double v : s.sorted()) {
            sum += v;
        }
        return sum / s.size();
    }

    private static Design design() throws Exception {
        try (InputStream in = RealTimeAgreementTest.class.getResourceAsStream("/agreement.baton.json")) {
            return DesignFiles.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), "agreement.baton.json")
                    .design();
        }
    }
}
