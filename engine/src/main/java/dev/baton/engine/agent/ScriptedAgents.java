// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.EscalationRequest;
import dev.baton.engine.driver.AgentAdapter;
import dev.baton.engine.time.Behaviour;
import dev.baton.engine.time.HumanAnswer;
import dev.baton.model.Design;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.script.NodeScript;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.script.ScriptedReply;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.HumanDecision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The design's scripts as agents, for both drivers: the n-th invocation of a node (counted per run by the
 * engine) gets the script's n-th reply. Replies are compiled once ({@link ScriptReplies}), so answering allocates
 * nothing. A node without a script answers success at once with a result that meets its output contract; a human
 * without a script never answers (the escalation's default decision applies).
 *
 * <p>A reply whose result is the text {@value #PASS_THROUGH} answers with the call's input unchanged (an agent
 * that passes on what it received).
 *
 * <p>Human scripts: {@code success} approves, {@code failed} rejects, a result text {@code "abort"} aborts,
 * {@code crash} and {@code hang} never answer. This class is threadsafe (immutable).
 */
public final class ScriptedAgents implements Behaviour, AgentAdapter {
    /** A scripted result that stands for "the input, unchanged". */
    public static final String PASS_THROUGH = "$input";
    private final Map<NodeId, Script> scripts = new HashMap<>();
    private final Map<NodeId, AgentReply> defaults = new HashMap<>();
    private final Map<NodeId, NodeKind> kinds = new HashMap<>();
    /** By node index (design order): the same scripts and defaults, for calls that carry their node's index. */
    private final Script[] scriptsByIndex;
    private final AgentReply[] defaultsByIndex;
    private final NodeId[] ids;

    private record Script(AgentReply[] replies, ScriptedReply[] raw, boolean cycle) {
        int index(int invocation) {
            if (invocation < replies.length) {
                return invocation;
            }
            return cycle ? invocation % replies.length : replies.length - 1;
        }
    }

    public ScriptedAgents(Design design) {
        List<Node> nodes = design.nodes();
        for (Node n : nodes) {
            kinds.put(n.id(), n.kind());
            defaults.put(n.id(), defaultReply(n));
        }
        for (Map.Entry<NodeId, NodeScript> e : design.scripts().nodes().entrySet()) {
            List<ScriptedReply> raw = e.getValue().replies();
            AgentReply[] compiled = new AgentReply[raw.size()];
            for (int i = 0; i < compiled.length; i++) {
                compiled[i] = ScriptReplies.compile(e.getKey(), i, raw.get(i));
            }
            scripts.put(e.getKey(), new Script(compiled, raw.toArray(new ScriptedReply[0]), e.getValue().cycle()));
        }
        scriptsByIndex = new Script[nodes.size()];
        defaultsByIndex = new AgentReply[nodes.size()];
        ids = new NodeId[nodes.size()];
        for (int i = 0; i < scriptsByIndex.length; i++) {
            scriptsByIndex[i] = scripts.get(nodes.get(i).id());
            defaultsByIndex[i] = defaults.get(nodes.get(i).id());
            ids[i] = nodes.get(i).id();
        }
    }

    @Override
    public AgentReply respond(AgentCall call) {
        int index = call.nodeIndex();
        // The index is trusted only when it names the same node (a plan compiled from another design would not).
        boolean indexed = index >= 0 && index < ids.length && ids[index].equals(call.node());
        Script script = indexed ? scriptsByIndex[index] : scripts.get(call.node());
        if (script == null) {
            return indexed ? defaultsByIndex[index] : defaults.get(call.node());
        }
        int i = script.index(call.invocation());
        AgentReply reply = script.replies[i];
        if (script.raw[i].result().isTextual() && PASS_THROUGH.equals(script.raw[i].result().asText())) {
            return new AgentReply(reply.kind(), call.input(), reply.confidence(), reply.reason(), reply.inputTokens(),
                    reply.outputTokens(), reply.latencyNanos(), reply.target(), reply.subtasks(), reply.toolCalls(),
                    reply.writes(), reply.restatedConstraints());
        }
        return reply;
    }

    @Override
    public HumanAnswer answer(EscalationRequest request) {
        Script script = request.human() == null ? null : scripts.get(request.human());
        if (script == null) {
            return null;
        }
        ScriptedReply reply = script.raw[script.index(request.escalation())];
        long latency = reply.latency().toNanos();
        if (reply.result().isTextual() && "abort".equals(reply.result().asText())) {
            return new HumanAnswer(HumanDecision.ABORT, latency);
        }
        switch (reply.kind()) {
            case SUCCESS:
            case PARTIAL:
                return new HumanAnswer(HumanDecision.APPROVE, latency);
            case FAILED:
            case MALFORMED:
                return new HumanAnswer(HumanDecision.REJECT, latency);
            default:
                return null;
        }
    }

    /**
     * The real-time form: the answer completes after its scripted latency on {@code delayer} (the executor's
     * clock is real time, which is what the real-time driver wants); a hang never completes.
     */
    public AgentAdapter withLatency(Executor delayer) {
        return call -> RealTimeBehaviours.later(respond(call), delayer);
    }

    /** Answers at once, ignoring latency (hangs still never complete). */
    @Override
    public CompletableFuture<AgentReply> invoke(AgentCall call) {
        AgentReply reply = respond(call);
        if (reply == null || reply.kind() == ReplyKind.HANG) {
            return new CompletableFuture<>();
        }
        return CompletableFuture.completedFuture(reply);
    }

    private static AgentReply defaultReply(Node n) {
        Object result = null;
        if (n.spec() instanceof AgentSpec) {
            DataContract contract = ((AgentSpec) n.spec()).outputContract().orElse(null);
            result = contract == null ? null : placeholder(contract);
        }
        return AgentReply.success(result, 1.0, 0, 0, 0);
    }

    /** A result that meets {@code contract}: every field with a neutral value of its type. */
    static ObjectNode placeholder(DataContract contract) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        for (ContractField field : contract.fields()) {
            JsonNode v;
            switch (field.type()) {
                case STRING: v = f.textNode(""); break;
                case NUMBER: v = f.numberNode(0.0); break;
                case INTEGER: v = f.numberNode(0); break;
                case BOOLEAN: v = f.booleanNode(false); break;
                case OBJECT: v = f.objectNode(); break;
                case ARRAY: v = f.arrayNode(); break;
                case ANY: v = f.textNode(""); break;
                default: throw new AssertionError("unhandled " + field.type());
            }
            o.set(field.name(), v);
        }
        return o;
    }
}
