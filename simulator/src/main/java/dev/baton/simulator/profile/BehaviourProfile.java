// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.model.Node;
import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import dev.baton.model.spec.CheckKind;
import dev.baton.model.spec.ToolSpec;
import dev.baton.model.spec.ValidatorSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How one agent or tool behaves in simulation. Fields that do not apply to a node's kind keep neutral values
 * (a tool never hallucinates, an agent is always available), so one record serves every kind.
 *
 * @param latency             time per call
 * @param tokens              tokens per call
 * @param outcomes            outcome probabilities per call
 * @param confidence          self-reported confidence in the envelope
 * @param hallucinationRate   probability that a successful answer contains a fabricated claim, in [0, 1]
 * @param detectionRate       for validators and humans: probability of catching a fabricated claim, in [0, 1]
 * @param handoff             handoff and "not my domain" behaviour
 * @param convergencePerRound for planners: probability that a round converges (the plan is done), in [0, 1]
 * @param contextRotPerHop    probability that a constraint is lost or bent when passed on in prose, in [0, 1]
 * @param availability        for tools: availability, outage windows and rate limit
 */
public record BehaviourProfile(
        LatencyProfile latency,
        TokenProfile tokens,
        OutcomeMix outcomes,
        ConfidenceProfile confidence,
        double hallucinationRate,
        double detectionRate,
        HandoffProfile handoff,
        double convergencePerRound,
        double contextRotPerHop,
        ToolAvailability availability) {

    public BehaviourProfile {
        Require.nonNull("latency", latency);
        Require.nonNull("tokens", tokens);
        Require.nonNull("outcomes", outcomes);
        Require.nonNull("confidence", confidence);
        Require.probability("hallucinationRate", hallucinationRate);
        Require.probability("detectionRate", detectionRate);
        Require.nonNull("handoff", handoff);
        Require.probability("convergencePerRound", convergencePerRound);
        Require.probability("contextRotPerHop", contextRotPerHop);
        Require.nonNull("availability", availability);
    }

    /**
     * Plausible behaviour for a fresh node of {@code kind}, so that a design simulates before the user tunes
     * anything. Figures are round numbers in the range the seeds report for hosted LLM agents: seconds per call,
     * a few percent of failures, some hallucination that validators mostly catch.
     */
    public static BehaviourProfile defaultsFor(NodeKind kind) {
        if (kind == NodeKind.AGENT) {
            return invocable(seconds(2, 6), new TokenProfile(1500, 4000, 400, 1200), 0.05, 0.0,
                    new HandoffProfile(0.05, 0.02, Map.of()), 0.0);
        }
        if (kind == NodeKind.ORCHESTRATOR) {
            return invocable(seconds(3, 8), new TokenProfile(2500, 6000, 600, 1500), 0.02, 0.0, HandoffProfile.NEVER,
                    0.0);
        }
        if (kind == NodeKind.PLANNER) {
            return invocable(seconds(3, 8), new TokenProfile(2500, 6000, 500, 1200), 0.02, 0.0, HandoffProfile.NEVER,
                    0.35);
        }
        if (kind == NodeKind.VALIDATOR) {
            return invocable(seconds(1, 3), new TokenProfile(1200, 3000, 150, 400), 0.0, 0.8, HandoffProfile.NEVER,
                    0.0);
        }
        if (kind == NodeKind.TOOL) {
            return passive(LatencyProfile.of(Duration.ofMillis(300), Duration.ofMillis(1500)),
                    OutcomeMix.of(Map.of(Outcome.SUCCESS, 0.97, Outcome.FAILED, 0.02, Outcome.HANG, 0.01)),
                    new ToolAvailability(0.99, List.of(), RateLimit.UNLIMITED));
        }
        if (kind == NodeKind.STORE) {
            return passive(LatencyProfile.of(Duration.ofMillis(10), Duration.ofMillis(50)), OutcomeMix.alwaysSuccess(),
                    ToolAvailability.ALWAYS);
        }
        if (kind == NodeKind.HUMAN) {
            // A person shown a flagged result checks it: a fabricated claim is rejected 9 times in 10.
            return passive(LatencyProfile.of(Duration.ofMinutes(5), Duration.ofMinutes(30)),
                    OutcomeMix.of(Map.of(Outcome.SUCCESS, 0.95, Outcome.HANG, 0.05)), ToolAvailability.ALWAYS)
                    .withDetectionRate(HUMAN_DETECTION);
        }
        if (kind == NodeKind.START || kind == NodeKind.END || kind == NodeKind.OWNER) {
            // The owner decides by its configured rule (complete-partial, escalate, abort), not by a model call.
            return passive(LatencyProfile.ZERO, OutcomeMix.alwaysSuccess(), ToolAvailability.ALWAYS);
        }
        throw new AssertionError("unhandled node kind " + kind);
    }

    /**
     * The defaults of {@code node}'s kind with what the node's own settings in the design say about its behaviour,
     * so that the simulation starts from the design: a tool's availability, typical latency (the p50; the p95 is
     * taken as {@value #TOOL_P95_OVER_P50} times it, a usual tail for a web service) and rate limit per minute; a
     * validator with a claim-verification check catches a fabricated claim with {@value #CLAIM_CHECK_DETECTION}
     * (one that checks only schema or rules keeps the kind's default).
     */
    public static BehaviourProfile defaultsFor(Node node) {
        BehaviourProfile p = defaultsFor(node.kind());
        if (node.spec() instanceof ToolSpec) {
            ToolSpec tool = (ToolSpec) node.spec();
            LatencyProfile latency = tool.latency()
                    .map(l -> LatencyProfile.of(l, l.multipliedBy(TOOL_P95_OVER_P50))).orElse(p.latency());
            RateLimit limit = tool.rateLimitPerMinute().isPresent()
                    ? new RateLimit(tool.rateLimitPerMinute().getAsInt(), Duration.ofMinutes(1))
                    : p.availability().rateLimit();
            return p.withLatency(latency)
                    .withAvailability(new ToolAvailability(tool.availability(), List.of(), limit));
        }
        if (node.spec() instanceof ValidatorSpec && ((ValidatorSpec) node.spec()).checks().stream()
                .anyMatch(c -> c.kind() == CheckKind.CLAIM_VERIFICATION)) {
            return p.withDetectionRate(CLAIM_CHECK_DETECTION);
        }
        return p;
    }

    /** How often a person answering an escalation rejects a fabricated claim in what they are shown. */
    static final double HUMAN_DETECTION = 0.9;
    /** A tool's p95 latency over its p50 when the design gives only its typical latency. */
    static final long TOOL_P95_OVER_P50 = 3;
    /** How often a validator that verifies claims against sources catches a fabricated one. */
    static final double CLAIM_CHECK_DETECTION = 0.98;

    private static LatencyProfile seconds(long p50, long p95) {
        return LatencyProfile.of(Duration.ofSeconds(p50), Duration.ofSeconds(p95));
    }

    /** A model-backed node: the default LLM outcome mix, high confidence, some context rot per hop. */
    private static BehaviourProfile invocable(LatencyProfile latency, TokenProfile tokens, double hallucinationRate,
            double detectionRate, HandoffProfile handoff, double convergencePerRound) {
        OutcomeMix mix = OutcomeMix.of(Map.of(Outcome.SUCCESS, 0.90, Outcome.PARTIAL, 0.04, Outcome.FAILED, 0.03,
                Outcome.CRASH, 0.01, Outcome.HANG, 0.01, Outcome.MALFORMED, 0.01));
        // Beta(18, 2): mean 0.9, about 8% below 0.8, the usual validator threshold; self-reported LLM confidence
        // skews high, and a lower default made validators escalate half of all runs of a fresh design.
        return new BehaviourProfile(latency, tokens, mix, new ConfidenceProfile.Beta(18, 2), hallucinationRate,
                detectionRate, handoff, convergencePerRound, 0.02, ToolAvailability.ALWAYS);
    }

    /** A node without a model: no tokens, no hallucination, full confidence. */
    private static BehaviourProfile passive(LatencyProfile latency, OutcomeMix outcomes, ToolAvailability availability) {
        return new BehaviourProfile(latency, TokenProfile.NONE, outcomes, new ConfidenceProfile.Uniform(1, 1), 0.0,
                0.0, HandoffProfile.NEVER, 0.0, 0.0, availability);
    }

    /** A copy with another latency. */
    public BehaviourProfile withLatency(LatencyProfile value) {
        return new BehaviourProfile(value, tokens, outcomes, confidence, hallucinationRate, detectionRate, handoff,
                convergencePerRound, contextRotPerHop, availability);
    }

    /** A copy with another outcome mix. */
    public BehaviourProfile withOutcomes(OutcomeMix value) {
        return new BehaviourProfile(latency, tokens, value, confidence, hallucinationRate, detectionRate, handoff,
                convergencePerRound, contextRotPerHop, availability);
    }

    /** A copy with another handoff behaviour. */
    public BehaviourProfile withHandoff(HandoffProfile value) {
        return new BehaviourProfile(latency, tokens, outcomes, confidence, hallucinationRate, detectionRate, value,
                convergencePerRound, contextRotPerHop, availability);
    }

    /** A copy with another planner convergence probability. */
    public BehaviourProfile withConvergencePerRound(double value) {
        return new BehaviourProfile(latency, tokens, outcomes, confidence, hallucinationRate, detectionRate, handoff,
                value, contextRotPerHop, availability);
    }

    /** A copy with another hallucination rate. */
    public BehaviourProfile withHallucinationRate(double value) {
        return new BehaviourProfile(latency, tokens, outcomes, confidence, value, detectionRate, handoff,
                convergencePerRound, contextRotPerHop, availability);
    }

    /** A copy with another detection rate. */
    public BehaviourProfile withDetectionRate(double value) {
        return new BehaviourProfile(latency, tokens, outcomes, confidence, hallucinationRate, value, handoff,
                convergencePerRound, contextRotPerHop, availability);
    }

    /** A copy with another context-rot rate per prose hop. */
    public BehaviourProfile withContextRotPerHop(double value) {
        return new BehaviourProfile(latency, tokens, outcomes, confidence, hallucinationRate, detectionRate, handoff,
                convergencePerRound, value, availability);
    }

    /** A copy with another tool availability. */
    public BehaviourProfile withAvailability(ToolAvailability value) {
        return new BehaviourProfile(latency, tokens, outcomes, confidence, hallucinationRate, detectionRate, handoff,
                convergencePerRound, contextRotPerHop, value);
    }
}
