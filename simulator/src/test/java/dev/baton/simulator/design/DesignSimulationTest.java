// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.core.Outcome;
import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.format.DesignFiles;
import dev.baton.simulator.montecarlo.Cancellation;
import dev.baton.simulator.montecarlo.MonteCarloRunner;
import dev.baton.simulator.montecarlo.MonteCarloSettings;
import dev.baton.simulator.montecarlo.ProgressListener;
import dev.baton.simulator.profile.BehaviourProfile;
import dev.baton.simulator.profile.Fault;
import dev.baton.simulator.profile.FaultPlan;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.profile.TimeWindow;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.RunStatistics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sample designs simulated on the core show their incidents, and the figures do not depend on the thread count. */
class DesignSimulationTest {
    private static final Path DESIGNS = Path.of("..", "designs");

    @Test
    void resultIsIdenticalOnOneAndTwoThreads() throws Exception {
        Design design = load("incident-silent-overwrite.baton.json", Map.of());
        MonteCarloSettings settings = new MonteCarloSettings(1_000, 42, 1, 64);
        assertThat(simulate(design, SimulationSection.EMPTY, FaultPlan.none(), settings.withThreads(2)))
                .isEqualTo(simulate(design, SimulationSection.EMPTY, FaultPlan.none(), settings));
    }

    @Test
    void unguardedConcurrentWritersLoseUpdatesAndOptimisticLockingDoesNot() throws Exception {
        NodeId store = NodeId.of("customer-record");
        Design incident = load("incident-silent-overwrite.baton.json", Map.of());
        Design fixed = load("incident-silent-overwrite.baton.json",
                Map.of("\"concurrency\": \"none\"", "\"concurrency\": \"optimistic\""));
        MonteCarloSettings settings = new MonteCarloSettings(1_000, 7, 2, 64);
        assertThat(counter(simulate(incident, SimulationSection.EMPTY, FaultPlan.none(), settings), store,
                NodeCounter.LOST_UPDATES)).isPositive();
        assertThat(counter(simulate(fixed, SimulationSection.EMPTY, FaultPlan.none(), settings), store,
                NodeCounter.LOST_UPDATES)).isZero();
    }

    @Test
    void hallucinationsReachTheOutputOnlyWhenAgentsHallucinate() throws Exception {
        Design design = load("incident-compounding-hallucination.baton.json", Map.of());
        MonteCarloSettings settings = new MonteCarloSettings(1_000, 3, 2, 64);
        RunStatistics.Summary<Outcome> hallucinating =
                simulate(design, SimulationSection.EMPTY, FaultPlan.none(), settings);
        assertThat(total(hallucinating, NodeCounter.WRONG_OUTPUTS)).isPositive();

        Map<NodeId, BehaviourProfile> honest = new LinkedHashMap<>();
        design.nodes().stream().filter(n -> n.kind() == NodeKind.AGENT).forEach(n -> honest.put(n.id(),
                withoutHallucination(BehaviourProfile.defaultsFor(NodeKind.AGENT))));
        assertThat(total(simulate(design, new SimulationSection(honest, List.of()), FaultPlan.none(), settings),
                NodeCounter.WRONG_OUTPUTS)).isZero();
    }

    @Test
    void aCrashedWorkerWithoutATimeoutIsAnOrphanedSubtaskInEveryRun() {
        BehaviourModel w1 = W1DesDesign.model();
        FaultPlan crash = new FaultPlan("worker-0 crashes", "", List.of(
                new Fault.Crash(NodeId.of("worker-0"), Duration.ZERO)));
        MonteCarloSettings settings = new MonteCarloSettings(200, 5, 2, 50);
        BehaviourModel model = BehaviourModel.compile(w1.design(), profilesOf(w1), crash);
        RunStatistics.Summary<Outcome> s = run(model, settings);
        assertThat(s.outcomes()).noneMatch(share -> share.key() == Outcome.COMPLETED);
        assertThat(s.latency().min()).as("the crash is noticed only at the run deadline (no call timeout set)")
                .isEqualTo(3600.0);
        assertThat(s.counters().get(NodeId.of("worker-0")).get(NodeCounter.ORPHANED_SUBTASKS))
                .as("only the run's end settled the crashed worker's subtask").isEqualTo(s.runs());
        assertThat(total(s, NodeCounter.ORPHANED_SUBTASKS)).isEqualTo(s.runs());
    }

    @Test
    void anErpOutageTurnsTheRetryStormDesignIntoAStormThatOnlyItsBudgetStops() throws Exception {
        Design design = load("incident-retry-storm.baton.json", Map.of());
        FaultPlan erpDown = new FaultPlan("erp down", "the seed's trigger: a dependency unavailable", List.of(
                new Fault.ToolOutage(NodeId.of("erp"), new TimeWindow(Duration.ZERO, Duration.ofMinutes(10)))));
        MonteCarloSettings settings = new MonteCarloSettings(300, 11, 2, 50);
        RunStatistics.Summary<Outcome> storm = simulate(design, SimulationSection.EMPTY, erpDown, settings);
        RunStatistics.Summary<Outcome> calm = simulate(design, SimulationSection.EMPTY, FaultPlan.none(), settings);
        assertThat(total(storm, NodeCounter.RETRIES)).isGreaterThan(5 * storm.runs())
                .isGreaterThan(5 * total(calm, NodeCounter.RETRIES));
        assertThat(total(storm, NodeCounter.BUDGET_KILLS)).isGreaterThan(storm.runs() / 2);
    }

    private static SimulationSection profilesOf(BehaviourModel model) {
        Map<NodeId, BehaviourProfile> profiles = new LinkedHashMap<>();
        model.nodes().forEach(n -> profiles.put(n.id(), n.profile()));
        return new SimulationSection(profiles, List.of());
    }

    private static BehaviourProfile withoutHallucination(BehaviourProfile p) {
        return new BehaviourProfile(p.latency(), p.tokens(), p.outcomes(), p.confidence(), 0.0, p.detectionRate(),
                p.handoff(), p.convergencePerRound(), p.contextRotPerHop(), p.availability());
    }

    private static RunStatistics.Summary<Outcome> simulate(Design design, SimulationSection section, FaultPlan plan,
            MonteCarloSettings settings) {
        return run(BehaviourModel.compile(design, section, plan), settings);
    }

    private static RunStatistics.Summary<Outcome> run(BehaviourModel model, MonteCarloSettings settings) {
        return new MonteCarloRunner().run(settings, new DesignReplication(model), DesignStatistics.aggregation(model),
                ProgressListener.NONE, new Cancellation()).aggregate().summary();
    }

    private static long counter(RunStatistics.Summary<Outcome> s, NodeId node, NodeCounter c) {
        return s.counters().getOrDefault(node, Map.of()).getOrDefault(c, 0L);
    }

    private static long total(RunStatistics.Summary<Outcome> s, NodeCounter c) {
        return s.counters().values().stream().mapToLong(row -> row.get(c)).sum();
    }

    private static Design load(String file, Map<String, String> edits) throws Exception {
        String json = Files.readString(DESIGNS.resolve(file), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : edits.entrySet()) {
            assertThat(json).contains(e.getKey());
            json = json.replace(e.getKey(), e.getValue());
        }
        return DesignFiles.fromJson(json, file).design();
    }
}
