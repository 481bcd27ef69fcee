// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.ConstraintPassing;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Extensions;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.Position;
import dev.baton.model.SimulationData;
import dev.baton.model.message.Constraint;
import dev.baton.model.policy.Observability;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.policy.TerminationCriteria;
import dev.baton.model.script.NodeScript;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.script.ScriptSet;
import dev.baton.model.script.ScriptedReply;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.AdapterSettings;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.CheckKind;
import dev.baton.model.spec.CircuitBreakerSettings;
import dev.baton.model.spec.CompletionCriterion;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.CredentialRef;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.FieldType;
import dev.baton.model.spec.HumanDecision;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.ModelRef;
import dev.baton.model.spec.NodeSpec;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.OwnerDecision;
import dev.baton.model.spec.OwnerSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.RejectAction;
import dev.baton.model.spec.RetryPolicy;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ToolSpec;
import dev.baton.model.spec.ValidatorCheck;
import dev.baton.model.spec.ValidatorSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Named designs for format tests. */
final class TestDesigns {
    private TestDesigns() {}

    /** Every node kind, every edge kind, every optional value set at least once, scripts and free JSON. */
    static Design everything() {
        return everything(false);
    }

    /** {@link #everything()} with adapter settings of three kinds (newer than the version-0 fixture). */
    static Design everythingWithAdapters() {
        return everything(true);
    }

    private static Design everything(boolean adapters) {
        Invocation full = new Invocation(Optional.of(ModelRef.parse("ollama:llama3.1:8b")),
                Optional.of(new CredentialRef("OPENAI_API_KEY")), "Plan the research.\nQuote \"sources\".",
                OptionalLong.of(8000), Optional.of(Duration.ofSeconds(90)),
                new RetryPolicy(3, Duration.ofMillis(500), 2.5),
                adapters ? Optional.of(new AdapterSettings(AdapterKind.OPENAI, Optional.of("http://127.0.0.1:11434/v1"),
                        List.of(), Optional.empty(), OptionalDouble.of(0.2))) : Optional.empty());
        TaskPolicy policy = new TaskPolicy(OptionalLong.of(120_000), Optional.of(new BigDecimal("2.50")),
                Optional.of(Duration.ofMinutes(10)), OptionalInt.of(12), OptionalInt.of(4),
                Optional.of(new CircuitBreakerSettings(3, Duration.ofSeconds(45), 2)), Optional.of(NodeId.of("lead")),
                new TerminationCriteria(OptionalInt.of(40), "an answer validated at >= 0.8"),
                List.of(new Constraint("no-prod", "never modify files in /prod", true),
                        new Constraint("tone", "be polite", false)),
                new Observability(true, false, 0.25));
        DataContract contract = DataContract.of(new ContractField("summary", FieldType.STRING, true),
                new ContractField("sources", FieldType.ARRAY, false));
        List<Node> nodes = List.of(
                node("start", "Start", 0, 0, new StartSpec(Optional.of(contract))),
                node("lead", "Lead", 120.5, -40, new OrchestratorSpec(full,
                        new FailurePolicy(FailureAction.REROUTE, FailureAction.ACCEPT_PARTIAL, FailureAction.ESCALATE),
                        3)),
                node("researcher", "Researcher", 320, 80, new AgentSpec("finds sources",
                        Invocation.DEFAULTS.withTokenBudget(OptionalLong.of(4000))
                                .withTimeout(Optional.of(Duration.ofMillis(1500)))
                                .withAdapter(adapters ? Optional.of(AdapterSettings.process(List.of("python3", "agent.py")))
                                        : Optional.empty()),
                        Optional.of(contract), true)),
                node("writer", "", 320, 200, AgentSpec.defaults()),
                node("planner", "Planner", 10, 10, new PlannerSpec(Invocation.DEFAULTS,
                        Optional.of(new CompletionCriterion(OptionalDouble.of(0.85), OptionalInt.of(2))),
                        OptionalInt.of(6))),
                node("planner2", "Planner without limits", 10, 20,
                        new PlannerSpec(Invocation.DEFAULTS, Optional.empty(), OptionalInt.empty())),
                node("checker", "Checker", 500, 80, new ValidatorSpec(Invocation.DEFAULTS.withAdapter(adapters ? Optional.of(
                        new AdapterSettings(AdapterKind.JAVA, Optional.empty(), List.of(), Optional.of("fact-checker"),
                                OptionalDouble.empty())) : Optional.empty()), OptionalDouble.of(0.7),
                        List.of(ValidatorCheck.of(CheckKind.SCHEMA),
                                new ValidatorCheck(CheckKind.CLAIM_VERIFICATION, "primary sources")),
                        RejectAction.REPLAN)),
                node("reviewer", "Reviewer", 600, 80, new HumanSpec("editors", Optional.of(Duration.ofHours(2)),
                        HumanDecision.APPROVE)),
                node("reviewer2", "Reviewer 2", 600, 90, new HumanSpec("", Optional.empty(), HumanDecision.ABORT)),
                node("owner", "Owner", 700, 80, new OwnerSpec(OwnerDecision.COMPLETE_PARTIAL)),
                node("search", "Search API", 320, 400, new ToolSpec("web search", 0.97,
                        Optional.of(Duration.ofMillis(800)), OptionalInt.of(60),
                        Optional.of(CircuitBreakerSettings.DEFAULTS))),
                node("bare-tool", "Bare tool", 330, 400, ToolSpec.defaults()),
                node("notes", "Notes", 320, 500, new StoreSpec(ConcurrencyControl.PARTITIONED,
                        Optional.of("topic"))),
                node("cache", "Cache", 320, 600, new StoreSpec(ConcurrencyControl.NONE, Optional.empty())),
                node("end", "End", 900, 0, new EndSpec(Optional.empty())));
        List<Edge> edges = new ArrayList<>();
        EdgeKind[] kinds = EdgeKind.values();
        String[][] ends = {{"lead", "researcher"}, {"researcher", "writer"}, {"planner", "researcher"},
            {"researcher", "checker"}, {"checker", "reviewer"}, {"researcher", "search"}, {"researcher", "notes"},
            {"writer", "notes"}, {"checker", "end"}};
        for (int i = 0; i < kinds.length; i++) {
            edges.add(new Edge(EdgeId.of("e" + (i + 1)), kinds[i], NodeId.of(ends[i][0]), NodeId.of(ends[i][1]),
                    i == 1 ? "when billing" : "", i == 2 ? ConstraintPassing.PROSE : ConstraintPassing.TYPED,
                    Extensions.NONE));
        }
        Map<NodeId, NodeScript> scripts = new LinkedHashMap<>();
        scripts.put(NodeId.of("researcher"), new NodeScript(List.of(
                ScriptedReply.success(json("{\"summary\":\"ok\",\"n\":3,\"x\":1.5,\"big\":12345678901,"
                        + "\"f\":2.0,\"nested\":{\"a\":[1,true,null,\"s\"]}}"), 0.9, 1200, 400, Duration.ofSeconds(2)),
                new ScriptedReply(ReplyKind.HANDOFF, null, 0.4, "needs billing", 10, 0, Duration.ZERO,
                        Optional.of(NodeId.of("writer"))),
                new ScriptedReply(ReplyKind.MALFORMED, json("\"not json at all\""), 1.0, "", 0, 0,
                        Duration.ofMillis(250), Optional.empty())), true));
        scripts.put(NodeId.of("search"), new NodeScript(List.of(new ScriptedReply(ReplyKind.FAILED, null, 0,
                "503", 0, 0, Duration.ofMinutes(1), Optional.empty())), false));
        ScriptSet scriptSet = new ScriptSet(Optional.of(json("{\"topic\":\"tides\",\"depth\":2}")), scripts);
        return new Design("Everything \u00e9 \u2603", "A design that sets every field.\tTabs too.", policy, nodes,
                edges, scriptSet, SimulationData.NONE, Extensions.NONE);
    }

    /** A simple, valid-looking design of {@code agents} agents under one orchestrator. */
    static Design chain(String name, int agents) {
        Design d = Design.empty(name);
        d = d.withNode(node("lead", "Lead", 0, 0, OrchestratorSpec.defaults()));
        for (int i = 0; i < agents; i++) {
            String id = "agent-" + i;
            d = d.withNode(node(id, "Agent " + i, 100 + i, 50 * i, AgentSpec.defaults().withRole("role " + i)));
            d = d.withEdge(new Edge(EdgeId.of("e" + i), EdgeKind.DELEGATE, NodeId.of("lead"), NodeId.of(id)));
        }
        return d;
    }

    /** Created on first use only: the kill test's child processes must start fast. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    static Node node(String id, String label, double x, double y, NodeSpec spec) {
        return new Node(NodeId.of(id), label, new Position(x, y), spec);
    }

    static JsonNode json(String text) {
        try {
            return Mapper.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
