// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulationSectionJsonTest {
    private static final NodeId WORKER = NodeId.of("worker");
    private static final NodeId SEARCH = NodeId.of("search");
    private static final NodeId PLANNER = NodeId.of("planner");
    private static final NodeId CRM = NodeId.of("crm");
    private static final Map<NodeId, NodeKind> NODES = Map.of(WORKER, NodeKind.AGENT, SEARCH, NodeKind.TOOL,
            PLANNER, NodeKind.PLANNER, CRM, NodeKind.STORE);

    @Test
    void aProfileListsOnlyTunedKeysAndTheRestComeFromTheKindDefaults() throws Exception {
        SimulationSection s = SimulationSectionReader.read("""
                {"profiles": {"worker": {"latency": {"p95": "9s"}, "hallucinationRate": 0.2}}}
                """, NODES);
        BehaviourProfile defaults = BehaviourProfile.defaultsFor(NodeKind.AGENT);
        BehaviourProfile worker = s.profiles().get(WORKER);
        assertThat(worker.latency()).isEqualTo(LatencyProfile.of(defaults.latency().p50(), Duration.ofSeconds(9)));
        assertThat(worker.hallucinationRate()).isEqualTo(0.2);
        assertThat(worker.withLatency(defaults.latency())).isNotEqualTo(defaults); // only hallucination left differs
    }

    @Test
    void writerOmitsDefaultsAndReadsBackEqual() throws Exception {
        BehaviourProfile worker = BehaviourProfile.defaultsFor(NodeKind.AGENT)
                .withLatency(LatencyProfile.of(Duration.ofMillis(1500), Duration.ofSeconds(12)))
                .withHandoff(new HandoffProfile(0.1, 0.05, orderedPrefs()));
        BehaviourProfile search = BehaviourProfile.defaultsFor(NodeKind.TOOL).withAvailability(new ToolAvailability(
                0.95, List.of(new TimeWindow(Duration.ZERO, Duration.ofSeconds(90))),
                new RateLimit(60, Duration.ofMinutes(1))));
        Map<NodeId, BehaviourProfile> profiles = new LinkedHashMap<>();
        profiles.put(WORKER, worker);
        profiles.put(SEARCH, search);
        profiles.put(PLANNER, BehaviourProfile.defaultsFor(NodeKind.PLANNER));
        SimulationSection section = new SimulationSection(profiles, List.of(everyFault()));

        String json = SimulationSectionWriter.write(section, NODES);

        assertThat(SimulationSectionReader.read(json, NODES)).isEqualTo(section);
        assertThat(SimulationSectionWriter.write(SimulationSectionReader.read(json, NODES), NODES)).isEqualTo(json);
        assertThat(json).contains("\"p50\": \"1500ms\"", "\"p95\": \"12s\"", "\"per\": \"1m\"", "\"planner\": { }")
                .doesNotContain("hallucinationRate", "E-", "E+");
    }

    @Test
    void hallucinationDetectionAndContextRotFaultsRoundTrip() throws Exception {
        String json = """
                {
                  "faultPlans": [
                    {
                      "name": "bad chain",
                      "faults": [
                        {
                          "type": "hallucination-rate",
                          "node": "worker",
                          "rate": 0.3
                        },
                        {
                          "type": "context-rot",
                          "node": "planner",
                          "rate": 0.2
                        }
                      ]
                    }
                  ]
                }
                """;
        SimulationSection section = SimulationSectionReader.read(json, NODES);

        assertThat(section.faultPlan("bad chain").faults()).containsExactly(
                new Fault.HallucinationRate(WORKER, 0.3), new Fault.ContextRot(PLANNER, 0.2));
        assertThat(SimulationSectionWriter.write(section, NODES)).isEqualTo(json);
    }

    @Test
    void aWrittenSectionIsStableText() {
        SimulationSection section = new SimulationSection(
                Map.of(WORKER, BehaviourProfile.defaultsFor(NodeKind.AGENT).withConvergencePerRound(0.25)),
                List.of(new FaultPlan("crash", "", List.of(new Fault.Crash(WORKER, Duration.ofSeconds(15))))));
        assertThat(SimulationSectionWriter.write(section, NODES)).isEqualTo("""
                {
                  "profiles": {
                    "worker": {
                      "convergencePerRound": 0.25
                    }
                  },
                  "faultPlans": [
                    {
                      "name": "crash",
                      "faults": [
                        {
                          "type": "crash",
                          "node": "worker",
                          "at": "15s"
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"profiles": {"worker": {"latncy": {}}}} | at $.profiles.worker.latncy: expected one of the keys [latency, tokens, outcomes, confidence, hallucinationRate, detectionRate, handoff, convergencePerRound, contextRotPerHop, availability], but found unknown key "latncy"
            {"profiles": {"ghost": {}}} | at $.profiles.ghost: expected the id of a node of the design, but found "ghost", which is not one
            {"profiles": {"worker": {"latency": {"p50": "2 s"}}}} | at $.profiles.worker.latency.p50: expected a duration, but found "2 s" is not a duration such as "750ms", "30s", "5m" or "1m30s" (units h, m, s, ms, us, ns)
            {"profiles": {"worker": {"latency": {"p50": "9s"}}}} | at $.profiles.worker.latency: invalid value (latency p95 must be >= p50 (PT9S), but was PT6S)
            {"profiles": {"worker": {"outcomes": {"success": 0.9}}}} | at $.profiles.worker.outcomes: invalid value (outcome probabilities must sum to 1, but sum to 0.9 in {SUCCESS=0.9})
            {"profiles": {"worker": {"outcomes": {"timeout": 1}}}} | at $.profiles.worker.outcomes.timeout: expected an outcome key, but found unknown outcome "timeout" (one of success, partial, failed, crash, hang, malformed)
            {"profiles": {"worker": {"detectionRate": "high"}}} | at $.profiles.worker.detectionRate: expected a number, but found string "high"
            {"profiles": {"worker": {"tokens": {"input": {"p50": 1.5}}}}} | at $.profiles.worker.tokens.input.p50: expected an integer, but found number 1.5
            {"profiles": {"worker": {"confidence": {"distribution": "normal"}}}} | at $.profiles.worker.confidence.distribution: expected "beta" or "uniform", but found "normal"
            {"faultPlans": [{"name": "x", "faults": [{"type": "tool-outage", "node": "worker", "from": "1s", "to": "2s"}]}]} | at $.faultPlans[0].faults[0].node: expected a tool node, but "worker" is a agent
            {"faultPlans": [{"name": "x", "faults": [{"type": "hallucination-rate", "node": "search", "rate": 0.3}]}]} | at $.faultPlans[0].faults[0].node: expected a agent, orchestrator or planner node, but "search" is a tool
            {"faultPlans": [{"name": "x", "faults": [{"type": "context-rot", "node": "worker", "rate": 1.2}]}]} | at $.faultPlans[0].faults[0]: invalid value (context-rot rate must be between 0 and 1, but was 1.2)
            {"faultPlans": [{"name": "x", "faults": [{"type": "explode", "node": "worker"}]}]} | at $.faultPlans[0].faults[0].type: expected one of crash, tool-outage, outcome-rate, always-hands-off, planner-never-converges, concurrent-writers, hallucination-rate, detection-rate, context-rot, but found "explode"
            {"faultPlans": [{"name": "x", "faults": [{"type": "concurrent-writers", "node": "crm", "key": "k", "writers": ["worker", "nobody"]}]}]} | at $.faultPlans[0].faults[0].writers[1]: expected the id of a node of the design, but found "nobody", which is not one
            {"faultPlans": [{"name": "x"}, {"name": "x"}]} | at $: invalid value (fault plan names must be unique, but "x" appears twice)
            {"faultPlans": [{"faults": []}]} | at $.faultPlans[0].name: expected a value, but the key is missing
            """)
    void errorsNameThePathAndTheRule(String json, String message) {
        assertThatThrownBy(() -> SimulationSectionReader.read(json, NODES))
                .isInstanceOf(SimulationFormatException.class)
                .hasMessage(message);
    }

    @Test
    void duplicateKeysAndBrokenJsonAreErrors() {
        assertThatThrownBy(() -> SimulationSectionReader.read("{\"profiles\": {}, \"profiles\": {}}", NODES))
                .isInstanceOf(SimulationFormatException.class)
                .hasMessageStartingWith("at $: expected valid JSON, but found Duplicate field 'profiles'");
        assertThatThrownBy(() -> SimulationSectionReader.read("{\"profiles\": ", NODES))
                .isInstanceOf(SimulationFormatException.class)
                .hasMessageContaining("at line 1");
        assertThatThrownBy(() -> SimulationSectionReader.read("", NODES))
                .hasMessage("at $: expected an object, but found no JSON at all");
    }

    private static Map<NodeId, Double> orderedPrefs() {
        Map<NodeId, Double> prefs = new LinkedHashMap<>();
        prefs.put(SEARCH, 2.0);
        prefs.put(PLANNER, 0.5);
        return prefs;
    }

    private static FaultPlan everyFault() {
        return new FaultPlan("everything", "all six scenario kinds", List.of(
                new Fault.Crash(WORKER, Duration.ofSeconds(15)),
                new Fault.ToolOutage(SEARCH, new TimeWindow(Duration.ofSeconds(10), Duration.ofSeconds(60))),
                new Fault.OutcomeRate(WORKER, Outcome.MALFORMED, 0.3),
                new Fault.AlwaysHandsOff(WORKER),
                new Fault.PlannerNeverConverges(PLANNER),
                new Fault.ConcurrentWriters(CRM, "customer-42", List.of(WORKER, PLANNER))));
    }
}
