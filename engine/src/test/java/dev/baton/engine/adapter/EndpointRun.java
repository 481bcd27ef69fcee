// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.adapter.spi.JavaAgents;
import dev.baton.engine.agent.ScriptedAgents;
import dev.baton.engine.core.DecisionKind;
import dev.baton.engine.core.RunId;
import dev.baton.engine.core.RunPlan;
import dev.baton.engine.core.RunResult;
import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.core.TraceSink;
import dev.baton.engine.fixtures.DesignDsl;
import dev.baton.engine.time.VirtualTimeDriver;
import dev.baton.engine.trace.MemoryTraceSink;
import dev.baton.engine.trace.TraceInvariants;
import dev.baton.model.Design;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.AdapterSettings;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.CredentialRef;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.FieldType;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.ModelRef;
import dev.baton.model.spec.RetryPolicy;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A one-agent design whose agent ("summarizer", contract: summary string) is a real HTTP adapter at a stub server
 * and may call the scripted tool "search", run in virtual time: the adapter's answers are real HTTP exchanges,
 * the retry back-off and the breaker's open duration are engine time, so a test never sleeps.
 */
public final class EndpointRun {
    public static final String ENVELOPE = "{\"status\":\"success\",\"result\":{\"summary\":\"tides are lunar\"},"
            + "\"confidence\":0.9,\"reason\":\"\"}";

    public final Design design;
    public final MemoryTraceSink trace = new MemoryTraceSink();
    public RunResult result;

    private EndpointRun(Design design) {
        this.design = design;
    }

    /** The design with the agent at {@code baseUrl} through {@code kind}, retrying per {@code retry}. */
    public static EndpointRun of(AdapterKind kind, String baseUrl, RetryPolicy retry, Duration runTimeout) {
        Invocation inv = Invocation.DEFAULTS.withModel(Optional.of(ModelRef.parse("ollama:llama3.1:8b")))
                .withCredentials(Optional.of(new CredentialRef(AdapterFixtures.KEY_VARIABLE)))
                .withTokenBudget(OptionalLong.of(4000)).withTimeout(Optional.of(Duration.ofSeconds(20)))
                .withRetry(retry).withAdapter(Optional.of(AdapterSettings.of(kind).withBaseUrl(baseUrl)));
        AgentSpec summarizer = new AgentSpec("summarizes", inv,
                Optional.of(DataContract.of(new ContractField("summary", FieldType.STRING, true))), false);
        TaskPolicy policy = TaskPolicy.defaults().withSharedRetryBudget(OptionalInt.empty())
                .withWallClockTimeout(Optional.of(runTimeout));
        return new EndpointRun(new DesignDsl("endpoint").policy(policy).node("start", new StartSpec(Optional.empty()))
                .node("summarizer", summarizer).node("search", ToolSpec.defaults())
                .node("end", new EndSpec(Optional.empty())).edge(EdgeKind.DELEGATE, "start", "summarizer")
                .edge(EdgeKind.CALL, "summarizer", "search").edge(EdgeKind.OUTPUT, "summarizer", "end")
                .script("search", true, DesignDsl.ok("{'hits': ['moon', 'sun']}", 1.0, 0, 5)).build());
    }

    /**
     * start -> orchestrator (scripted) -> summarizer (the adapter at {@code baseUrl}, no retries of its own) and the
     * orchestrator's failure policy {@code onFailed} for the summarizer's subtask.
     */
    public static EndpointRun orchestrated(String baseUrl, FailureAction onFailed) {
        Design single = of(AdapterKind.OPENAI, baseUrl, RetryPolicy.NONE, Duration.ofMinutes(5)).design;
        Node summarizer = single.node(NodeId.of("summarizer")).orElseThrow();
        OrchestratorSpec orchestrator = OrchestratorSpec.defaults()
                .withFailurePolicy(new FailurePolicy(onFailed, FailureAction.ACCEPT_PARTIAL, onFailed));
        return new EndpointRun(new DesignDsl("orchestrated").policy(single.policy())
                .node("start", new StartSpec(Optional.empty())).node("lead", orchestrator)
                .node("summarizer", summarizer.spec()).node("end", new EndSpec(Optional.empty()))
                .edge(EdgeKind.DELEGATE, "start", "lead").edge(EdgeKind.DELEGATE, "lead", "summarizer")
                .edge(EdgeKind.OUTPUT, "lead", "end").build());
    }

    public EndpointRun run() throws Exception {
        return run(TraceSink.NONE);
    }

    /** Runs the design, recording the trace in memory and in {@code also}. */
    public EndpointRun run(TraceSink also) throws Exception {
        DesignAdapters adapters = DesignAdapters.create(design, AgentOverrides.NONE, new ScriptedAgents(design),
                new DesignAdapters.Resources(AdapterFixtures.key(), HttpExchange.create(),
                        JavaAgents.load(getClass().getClassLoader()), Runnable::run));
        RunPlan plan = RunPlan.compile(design);
        result = new VirtualTimeDriver().run(plan, RunId.of(1),
                new ObjectMapper().readTree("{\"topic\":\"tides\"}"), 1, call -> adapters.invoke(call).join(),
                event -> {
                    trace.record(event);
                    also.record(event);
                });
        List<String> broken = TraceInvariants.check(plan, trace.events(), result);
        if (!broken.isEmpty()) {
            throw new AssertionError("trace invariants broken: " + broken);
        }
        return this;
    }

    List<TraceEvent.MessageSent> sentTo(String node) {
        return trace.events().stream().filter(e -> e instanceof TraceEvent.MessageSent)
                .map(e -> (TraceEvent.MessageSent) e).filter(m -> m.receiver().equals(NodeId.of(node)))
                .collect(Collectors.toList());
    }

    List<TraceEvent.EnvelopeReceived> envelopesOf(String node) {
        return trace.events().stream().filter(e -> e instanceof TraceEvent.EnvelopeReceived)
                .map(e -> (TraceEvent.EnvelopeReceived) e).filter(m -> m.from().equals(NodeId.of(node)))
                .collect(Collectors.toList());
    }

    List<String> decisions(DecisionKind kind) {
        return trace.events().stream().filter(e -> e instanceof TraceEvent.DecisionMade)
                .map(e -> (TraceEvent.DecisionMade) e).filter(d -> d.kind() == kind).map(TraceEvent.DecisionMade::detail)
                .collect(Collectors.toList());
    }
}
