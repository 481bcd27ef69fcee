// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.core.CallPurpose;
import dev.baton.engine.core.EscalationRequest;
import dev.baton.engine.core.StoreWriteRequest;
import dev.baton.engine.core.SubtaskOutcome;
import dev.baton.engine.time.Behaviour;
import dev.baton.engine.time.HumanAnswer;
import dev.baton.model.NodeKind;
import dev.baton.model.message.Constraint;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.spec.HumanDecision;
import dev.baton.simulator.profile.BehaviourProfile;
import dev.baton.simulator.profile.Outcome;
import dev.baton.simulator.random.RandomStreams;
import dev.baton.simulator.random.SplitMix64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The nodes of one replication, answering the core with sampled behaviour. Each node draws from its own named
 * stream, so a change to one node's behaviour does not shift the numbers another node sees.
 *
 * <p>Per call, in this order: a crashed node (fault plan) never answers; a tool in an outage, unreachable by its
 * availability, or over its rate limit, fails; otherwise the outcome is drawn from the node's mix, then latency, tokens and
 * confidence. A successful agent may hand off (profile rate, or "not my domain") when it has handoff edges; a
 * planner's review converges with the profile's probability per round; each prose constraint is dropped with the
 * context-rot probability.
 *
 * <p>Hallucinations are tracked by identity: a fabricated result, and every result built on one (the input or a
 * settled subtask of the call was fabricated), is marked; a validator catches a marked input with its detection
 * rate. Not threadsafe: one instance per thread, {@link #reset} before each replication.
 */
final class SampledBehaviour implements Behaviour {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** A planner's review that has not converged reports at most half its sampled confidence. */
    private static final double NON_CONVERGING_CONFIDENCE = 0.5;

    /** The reply kind and reason of each sampled outcome that is not a success, by ordinal (null for the others). */
    private static final ReplyKind[] FAILURE_KINDS = new ReplyKind[Outcome.values().length];
    private static final String[] FAILURE_REASONS = new String[Outcome.values().length];

    static {
        for (Outcome o : Outcome.values()) {
            if (o != Outcome.SUCCESS && o != Outcome.PARTIAL && o != Outcome.HANG) {
                FAILURE_KINDS[o.ordinal()] = ReplyKind.valueOf(o.name());
                FAILURE_REASONS[o.ordinal()] = "sampled " + o.jsonName();
            }
        }
    }

    private final BehaviourModel model;
    private RandomStreams streams;
    private final RunObserver clock;
    /** One generator per node, re-seeded at a replication's first draw of the node (see {@link #rng}). */
    private final SplitMix64[] generators;
    /** Per node: whether its generator was set to this replication's stream yet. */
    private final boolean[] opened;
    /** Per tool: the rate-limit window the last call fell in, and the calls counted in it. */
    private final long[] rateWindow;
    private final long[] rateCount;
    /** Fabricated results by identity; created on the first hallucination, as most runs have none. */
    private Set<Object> fabricated;

    SampledBehaviour(BehaviourModel model, RandomStreams streams, RunObserver clock) {
        this.model = model;
        this.streams = streams;
        this.clock = clock;
        this.generators = new SplitMix64[model.nodes().size()];
        this.opened = new boolean[model.nodes().size()];
        this.rateWindow = new long[model.nodes().size()];
        this.rateCount = new long[model.nodes().size()];
    }

    /**
     * Readies this instance for the next replication on the same thread, drawing from {@code next}: every
     * per-run state (streams opened, rate-limit windows, fabricated results) starts afresh, as in a new instance.
     */
    void reset(RandomStreams next) {
        this.streams = next;
        Arrays.fill(opened, false);
        Arrays.fill(rateWindow, 0L);
        Arrays.fill(rateCount, 0L);
        fabricated = null;
    }

    /** Whether {@code result} is, or was built on, a fabricated claim. */
    boolean isFabricated(Object result) {
        return fabricated != null && result != null && fabricated.contains(result);
    }

    @Override
    public AgentReply respond(AgentCall call) {
        NodeBehaviour node = model.node(call);
        RandomGenerator rng = rng(node);
        BehaviourProfile p = node.profile();
        long now = clock.now();
        long latency = Math.round(node.latencySeconds().sample(rng) * NANOS_PER_SECOND);
        if (node.crashAtNanos() >= 0 && now + latency >= node.crashAtNanos()) {
            return null; // crashed before it could answer: the core's timeout or deadline takes over
        }
        if (node.kind() == NodeKind.TOOL) {
            double seconds = now / (double) NANOS_PER_SECOND;
            if (p.availability().inOutage(seconds)) {
                return AgentReply.of(ReplyKind.FAILED, node.id() + " is down (outage)", 0, 0, 0);
            }
            if (rng.nextDouble() >= p.availability().availability()) {
                return AgentReply.of(ReplyKind.FAILED, node.id() + " is unreachable", 0, 0, latency);
            }
            if (rateLimited(node, now)) {
                return AgentReply.of(ReplyKind.FAILED, node.id() + " rejected the call: rate limit", 0, 0, 0);
            }
        }
        Outcome outcome = node.outcomes().sample(rng);
        long in = p.tokens().sampleInput(rng);
        long out = p.tokens().sampleOutput(rng);
        if (outcome == Outcome.HANG) {
            return null;
        }
        if (outcome != Outcome.SUCCESS && outcome != Outcome.PARTIAL) {
            return AgentReply.of(FAILURE_KINDS[outcome.ordinal()], FAILURE_REASONS[outcome.ordinal()], in, out, latency);
        }
        double confidence = node.confidence().sample(rng);
        if (call.purpose() == CallPurpose.VALIDATE && isFabricated(call.input())
                && rng.nextDouble() < p.detectionRate()) {
            return AgentReply.of(ReplyKind.FAILED, "fabricated claim detected", in, out, latency);
        }
        AgentReply content = model.content().respond(call);
        // The profile decides how the call ends; from the script only a handoff (where to go) is kept.
        ReplyKind kind = outcome == Outcome.PARTIAL ? ReplyKind.PARTIAL
                : content.kind() == ReplyKind.HANDOFF ? ReplyKind.HANDOFF : ReplyKind.SUCCESS;
        var target = content.target();
        if (kind == ReplyKind.SUCCESS && call.purpose() == CallPurpose.WORK && node.preferred() != null) {
            double u = rng.nextDouble();
            if (u < p.handoff().rate()) {
                kind = ReplyKind.HANDOFF;
                target = node.preferred().sample(rng);
            } else if (u < p.handoff().rate() + p.handoff().notMyDomainRate()) {
                kind = ReplyKind.HANDOFF; // "not my domain": passed on to any colleague, preferences ignored
                target = node.handoffTargets().get(rng.nextInt(node.handoffTargets().size()));
            }
        }
        var subtasks = content.subtasks();
        Object scripted = content.result();
        if (call.purpose() == CallPurpose.REVIEW) {
            // A review converges with the profile's probability per round, but not before the planner has heard
            // from a specialist: its first review has nothing to converge on.
            boolean converges = !call.outcomes().isEmpty() && p.convergencePerRound() > 0.0
                    && rng.nextDouble() < p.convergencePerRound();
            if (converges) {
                subtasks = List.of(); // the planner declares its plan complete
            } else {
                // Not converged: neither confident enough nor agreeing with the last round, whatever the criterion.
                confidence = confidence * NON_CONVERGING_CONFIDENCE;
                scripted = revised(scripted, call.invocation());
            }
        }
        Object result = result(call, scripted, rng, p);
        var toolCalls = content.toolCalls().isEmpty() && call.purpose() == CallPurpose.WORK
                ? node.toolCalls() : content.toolCalls();
        return new AgentReply(kind, result, confidence, "", in, out, latency, target, subtasks, toolCalls,
                writes(content, node), restated(call, rng, p));
    }

    /**
     * Counts the call against the tool's rate limit in fixed windows from the run's start; true when the window
     * is already full.
     */
    private boolean rateLimited(NodeBehaviour node, long now) {
        var limit = node.profile().availability().rateLimit();
        if (limit.isUnlimited()) {
            return false;
        }
        int i = node.index();
        long window = now / limit.per().toNanos() + 1; // + 1 so that 0 means "no call yet"
        if (rateWindow[i] != window) {
            rateWindow[i] = window;
            rateCount[i] = 0;
        }
        return ++rateCount[i] > limit.calls();
    }

    @Override
    public HumanAnswer answer(EscalationRequest request) {
        if (request.human() == null) {
            return null;
        }
        NodeBehaviour human = model.node(request.human());
        RandomGenerator rng = rng(human);
        long latency = Math.round(human.latencySeconds().sample(rng) * NANOS_PER_SECOND);
        Outcome outcome = human.outcomes().sample(rng);
        if (outcome == Outcome.SUCCESS || outcome == Outcome.PARTIAL) {
            if (isFabricated(request.subject()) && rng.nextDouble() < human.profile().detectionRate()) {
                return new HumanAnswer(HumanDecision.REJECT, latency); // the person spots the fabricated claim
            }
            return new HumanAnswer(HumanDecision.APPROVE, latency);
        }
        if (outcome == Outcome.FAILED || outcome == Outcome.MALFORMED) {
            return new HumanAnswer(HumanDecision.REJECT, latency);
        }
        return null; // crash or hang: nobody answers, the default decision applies at the deadline
    }

    /** The call's result, marked fabricated when the node hallucinates or builds on a fabricated input. */
    private Object result(AgentCall call, Object scripted, RandomGenerator rng, BehaviourProfile p) {
        Object result = scripted;
        if (CallPurpose.VALIDATE == call.purpose() || call.purpose() == CallPurpose.TOOL) {
            return result;
        }
        if (result == null && scripted == null && call.input() != null && inheritsFabrication(call)) {
            return call.input(); // nothing of its own to add: passes the fabricated input on
        }
        boolean hallucinates = rng.nextDouble() < p.hallucinationRate();
        if (hallucinates || inheritsFabrication(call)) {
            result = distinctCopy(result);
            if (result != null) {
                if (fabricated == null) {
                    fabricated = Collections.newSetFromMap(new IdentityHashMap<>());
                }
                fabricated.add(result);
            }
        }
        return result;
    }

    private boolean inheritsFabrication(AgentCall call) {
        if (isFabricated(call.input())) {
            return true;
        }
        if (fabricated == null) {
            return false;
        }
        for (SubtaskOutcome o : call.outcomes()) {
            if (isFabricated(o.result())) {
                return true;
            }
        }
        return false;
    }

    /** The plan of review round {@code round}: the scripted plan with the round in it, so no two rounds agree. */
    private static Object revised(Object plan, int round) {
        ObjectNode revised;
        if (plan instanceof ObjectNode) {
            revised = ((ObjectNode) plan).deepCopy();
        } else {
            revised = JsonNodeFactory.instance.objectNode();
            if (plan instanceof JsonNode) {
                revised.set("plan", (JsonNode) plan);
            } else if (plan != null) {
                revised.put("plan", plan.toString());
            }
        }
        return revised.put("revision", round);
    }

    /** A copy with its own identity, so marking it does not mark the shared scripted value. */
    private static Object distinctCopy(Object value) {
        if (value instanceof JsonNode) {
            return ((JsonNode) value).deepCopy();
        }
        if (value instanceof String) {
            return new String((String) value); // a fresh identity for an equal text
        }
        return value;
    }

    /** The script's writes, or else the node's default writes, each change a fresh copy the store may keep. */
    private static List<StoreWriteRequest> writes(AgentReply content, NodeBehaviour node) {
        if (!content.writes().isEmpty() || node.writes().isEmpty()) {
            return content.writes();
        }
        List<StoreWriteRequest> out = new ArrayList<>(node.writes().size());
        for (StoreWriteRequest w : node.writes()) {
            out.add(new StoreWriteRequest(w.store(), w.key(), ((JsonNode) w.value()).deepCopy()));
        }
        return out;
    }

    /** The prose constraints the answer carries on: each dropped with the context-rot probability. */
    private static Set<String> restated(AgentCall call, RandomGenerator rng, BehaviourProfile p) {
        List<Constraint> prose = call.promptConstraints();
        if (prose == null || prose.isEmpty() || p.contextRotPerHop() == 0.0) {
            return null; // null = all carried on
        }
        Set<String> kept = new HashSet<>();
        for (Constraint c : prose) {
            if (rng.nextDouble() >= p.contextRotPerHop()) {
                kept.add(c.id());
            }
        }
        return kept;
    }

    private RandomGenerator rng(NodeBehaviour node) {
        int i = node.index();
        SplitMix64 g = generators[i];
        if (!opened[i]) {
            opened[i] = true;
            if (g == null) {
                g = streams.open(node.streamName());
                generators[i] = g;
            } else {
                streams.reopen(g, node.streamName());
            }
        }
        return g;
    }
}
