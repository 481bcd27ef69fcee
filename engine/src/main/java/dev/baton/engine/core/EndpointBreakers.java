// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.script.ReplyKind;
import dev.baton.model.spec.CircuitBreakerSettings;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The circuit breakers of the remote model endpoints a run calls, one per endpoint the adapters report
 * ({@link ModelExchange#endpoint()}), with the same {@link CircuitBreaker} and transition table as the tools'
 * breakers and the task's breaker settings (else {@link CircuitBreakerSettings#DEFAULTS}). Rate limits, server
 * errors and refused connections count as failures; any answer the endpoint gave counts as a success. A node is
 * tied to its endpoint by its first reply that names one; while that endpoint's breaker is open, calls of the node
 * fail at once without reaching the adapter. Replies without an exchange (scripts, the simulator) never get here.
 */
final class EndpointBreakers {
    /** One endpoint and its breaker. */
    static final class Endpoint {
        final String key;
        final CircuitBreaker breaker;
        String lastFailure = "";
        long halfOpensAt;

        Endpoint(String key, CircuitBreakerSettings settings) {
            this.key = key;
            this.breaker = new CircuitBreaker(settings);
        }
    }

    private final RunState s;
    private final CircuitBreakerSettings settings;
    /** Both null until a reply names an endpoint: scripted and simulated runs never need them. */
    private Map<String, Endpoint> byKey;
    private Endpoint[] byNode;

    EndpointBreakers(RunState s) {
        this.s = s;
        this.settings = s.plan.endpointBreaker;
    }

    /** The endpoint {@code node} was last seen answering from; null when none is known yet. */
    Endpoint of(NodePlan node) {
        return byNode == null ? null : byNode[node.index];
    }

    /** Why a call of {@code node} at {@code ep} is rejected now (its breaker is open, or half-open and probing). */
    String rejection(NodePlan node, Endpoint ep) {
        String state = ep.breaker.state == BreakerState.OPEN ? "open" : "half-open with its probe in flight";
        StringBuilder why = new StringBuilder("circuit breaker of model endpoint ").append(ep.key).append(" is ")
                .append(state);
        if (ep.breaker.trips > 0 && !ep.lastFailure.isEmpty()) {
            why.append(" after ").append(ep.breaker.settings.failureThreshold())
                    .append(" consecutive failures (last: ").append(ep.lastFailure).append(')');
        }
        why.append("; ").append(node.id).append(" was not called");
        if (ep.breaker.state == BreakerState.OPEN) {
            why.append(", a probe goes through in ").append(Reasons.duration(Math.max(0, ep.halfOpensAt - s.now)));
        }
        return why.toString();
    }

    /** The failed reply a rejected call settles with; its retry hint is the time until the breaker half-opens. */
    AgentReply rejectedReply(Endpoint ep, String reason) {
        long wait = ep.breaker.state == BreakerState.OPEN ? Math.max(0, ep.halfOpensAt - s.now) : -1;
        return AgentReply.of(ReplyKind.FAILED, reason, 0, 0, 0).withExchange(new ModelExchange(ep.key, "", "", "",
                java.util.List.of(), null, wait, null));
    }

    /** A reply of call {@code c} that names its endpoint: ties the node to it and feeds its breaker. */
    void replied(Call c, ModelExchange ex, String reason) {
        if (ex.endpoint() == null) {
            return;
        }
        if (byKey == null) {
            byKey = new HashMap<>();
            byNode = new Endpoint[s.plan.nodes.length];
        }
        Endpoint ep = byKey.get(ex.endpoint());
        if (ep == null) {
            ep = new Endpoint(ex.endpoint(), settings);
            byKey.put(ep.key, ep);
        }
        byNode[c.node.index] = ep;
        AdapterFailure f = ex.failure();
        if (f != null && f.endpointUnhealthy()) {
            ep.lastFailure = c.node.id + ": " + reason;
            moved(c, ep, ep.breaker.state, ep.breaker.onFailure());
        } else if (f == null || f == AdapterFailure.INVALID_JSON || f == AdapterFailure.CONTRACT_VIOLATION) {
            moved(c, ep, ep.breaker.state, ep.breaker.onSuccess());
        } else {
            probeLost(c, ep, reason);
        }
    }

    /** The engine's own deadline ended call {@code c}: a probe that never answered re-opens the breaker. */
    void timedOut(Call c) {
        Endpoint ep = of(c.node);
        if (ep != null) {
            probeLost(c, ep, "no answer before the call's deadline");
        }
    }

    private void probeLost(Call c, Endpoint ep, String reason) {
        if (ep.breaker.state == BreakerState.HALF_OPEN) {
            ep.lastFailure = c.node.id + ": " + reason;
            moved(c, ep, BreakerState.HALF_OPEN, ep.breaker.onFailure());
        }
    }

    /** The open duration of {@code ep} elapsed: let a probe through. */
    void openElapsed(Endpoint ep) {
        BreakerState before = ep.breaker.state;
        trace(null, ep, before, ep.breaker.onOpenElapsed());
    }

    private void moved(Call c, Endpoint ep, BreakerState before, BreakerState after) {
        if (after == null) {
            return;
        }
        trace(c, ep, before, after);
        if (after == BreakerState.OPEN) {
            ep.halfOpensAt = s.now + settings.openDuration().toNanos();
            s.startTimer(Timer.Kind.ENDPOINT_BREAKER_OPEN, ep, ep.halfOpensAt);
        }
    }

    private void trace(Call c, Endpoint ep, BreakerState before, BreakerState after) {
        String detail = "circuit breaker of model endpoint " + ep.key + ": " + label(before) + " -> " + label(after)
                + (after == BreakerState.OPEN ? " after " + (before == BreakerState.HALF_OPEN ? "its probe failed"
                        : settings.failureThreshold() + " consecutive failures") + " (last: " + ep.lastFailure + ")"
                        : "");
        s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, c == null ? s.plan.entry.id : c.node.id,
                DecisionKind.ENDPOINT_BREAKER, c == null ? 0 : c.span, detail));
    }

    private static String label(BreakerState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
