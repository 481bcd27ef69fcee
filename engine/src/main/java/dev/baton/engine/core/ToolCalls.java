// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.script.ReplyKind;
import java.util.List;

/**
 * Tool calls an agent's answer asks for: each behind its tool's circuit breaker, all in parallel; the agent's
 * envelope settles when the last one answers, failed (naming the dependency) if any failed or was rejected by an
 * open breaker. Tool outcomes feed the breakers and, with a shared retry budget, the error registry.
 */
final class ToolCalls {
    private final RunState s;

    ToolCalls(RunState s) {
        this.s = s;
    }

    void start(Call c, AgentReply reply) {
        for (ToolCallRequest req : reply.toolCalls()) {
            NodePlan tool = s.plan.node(req.tool());
            if (tool == null || NodePlan.find(c.node.tools, tool.index) < 0) {
                if (c.dependencyFailure == null) {
                    c.dependencyFailure = c.node.id + " called " + req.tool() + ", which is not one of its tools";
                }
                continue;
            }
            CircuitBreaker br = breaker(tool);
            if (br != null && !br.tryAcquire()) {
                s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, tool.id, DecisionKind.BREAKER_REJECTED, c.span,
                        "circuit breaker of " + tool.id + " is " + br.state.name().toLowerCase(java.util.Locale.ROOT)));
                if (c.dependencyFailure == null) {
                    c.dependencyFailure = "circuit breaker of " + tool.id + " is open";
                    c.failedTool = tool;
                }
                continue;
            }
            s.toolCalls++;
            Call tc = s.newCall(tool, CallPurpose.TOOL, null, c.span, 1);
            tc.owner = c;
            c.pendingTools++;
            if (s.callEvents != null) {
                s.callEvents.messageSent(s.now, tc.span, tool.index, CallPurpose.TOOL);
            } else if (s.tracing) {
                s.trace.record(new TraceEvent.MessageSent(s.id, s.now, tc.span, c.span, s.hops, c.node.id, tool.id,
                        CallPurpose.TOOL, 1, List.of(), List.of(), req.input(), TrustLabel.AGENT_UNVERIFIED, 0));
            }
            tc.request = new AgentCall(s.id, tc.id, tool.id, tool.kind, CallPurpose.TOOL, s.invocations[tool.index]++,
                    req.input(), List.of(), List.of(), TrustLabel.AGENT_UNVERIFIED, s.hops, 1, 0, List.of(), tc.span, null,
                    tool.index);
            s.out.invoke(tc.request);
        }
    }

    CircuitBreaker breaker(NodePlan tool) {
        if (tool.breaker == null) {
            return null;
        }
        CircuitBreaker br = s.breakers[tool.slot];
        if (br == null) {
            br = new CircuitBreaker(tool.breaker);
            s.breakers[tool.slot] = br;
        }
        return br;
    }

    void onReply(Call tc, AgentReply reply) {
        tc.settled = true;
        tc.reply = reply;
        NodePlan tool = tc.node;
        boolean ok = reply.kind() == ReplyKind.SUCCESS || reply.kind() == ReplyKind.PARTIAL;
        String reason = ok ? "" : tool.id + " " + (reply.kind() == ReplyKind.FAILED ? "failed" : reply.kind().jsonName())
                + (reply.reason().isEmpty() ? "" : ": " + reply.reason());
        if (s.callEvents != null) {
            s.callEvents.envelopeReceived(s.now, tc.span, tool.index, ok ? FailureKind.NONE : FailureKind.REPORTED);
        } else if (s.tracing) {
            s.trace.record(new TraceEvent.EnvelopeReceived(s.id, s.now, tc.span, tool.id,
                    ok ? EnvelopeStatus.SUCCESS : EnvelopeStatus.FAILED, ok ? reply.result() : null, ok ? 1.0 : 0.0,
                    reason, ok ? FailureKind.NONE : FailureKind.REPORTED, 0, 0, TrustLabel.SYSTEM, null));
        }
        CircuitBreaker br = breaker(tool);
        if (br != null) {
            BreakerState before = br.state;
            BreakerState after = ok ? br.onSuccess() : br.onFailure();
            if (after != null) {
                breakerMoved(tool, before, after);
            }
        }
        if (s.plan.retryBudget >= 0) {
            s.registryFailing[tool.slot] = !ok;
        }
        Call owner = tc.owner;
        if (owner.settled) {
            return;
        }
        if (!ok && owner.dependencyFailure == null) {
            owner.dependencyFailure = "tool " + reason;
            owner.failedTool = tool;
        }
        if (--owner.pendingTools == 0) {
            AgentReply held = owner.reply;
            if (owner.dependencyFailure != null) {
                if (held.awaitsToolResults()) {
                    s.charge(owner, owner.loopTokens);
                }
                s.envelopes.complete(owner, held, FailureKind.DEPENDENCY, owner.dependencyFailure);
            } else if (held.awaitsToolResults()) {
                s.envelopes.nextToolRound(owner);
            } else {
                s.envelopes.complete(owner, held, FailureKind.NONE, held.reason());
            }
        }
    }

    void breakerMoved(NodePlan tool, BreakerState before, BreakerState after) {
        s.trace.record(new TraceEvent.BreakerTransitioned(s.id, s.now, tool.id, before, after));
        if (after == BreakerState.OPEN) {
            s.startTimer(Timer.Kind.BREAKER_OPEN, tool, s.now + tool.breaker.openDuration().toNanos());
        }
    }

    void cancelOf(Call owner) {
        if (owner.pendingTools == 0) {
            return;
        }
        for (int i = owner.id + 1; i < s.calls.size(); i++) {
            Call tc = s.calls.get(i);
            if (tc.owner == owner && !tc.settled) {
                s.envelopes.cancelCall(tc, "cancelled: " + owner.node.id + " timed out");
            }
        }
        owner.pendingTools = 0;
    }
}
