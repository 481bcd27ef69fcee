// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/**
 * Retries: the shared retry budget, the error registry (one subtask at a time retries against a failing tool) and
 * the server's Retry-After, which a retry waits for when it fits before the run's deadline.
 */
final class Retries {
    private final RunState s;

    Retries(RunState s) {
        this.s = s;
    }

    /** The backoff before a retry: the policy's, or longer when the endpoint asked to wait (Retry-After). */
    static long retryDelay(long policyDelay, AgentReply reply) {
        return Math.max(policyDelay, reply == null ? -1 : reply.retryAfterNanos());
    }

    /**
     * Null when a retry can wait as long as the endpoint asked before the run's deadline (or it asked nothing
     * longer than the policy's backoff); else why the retry is not made, to append to the reason.
     */
    String retryDoesNotFit(long policyDelay, AgentReply reply) {
        long hint = reply == null ? -1 : reply.retryAfterNanos();
        long left = s.startTime + s.plan.runTimeoutNanos - s.now;
        if (hint <= policyDelay || hint < left) {
            return null;
        }
        boolean rateLimited = reply.exchange().failure() == AdapterFailure.RATE_LIMITED;
        return "; not retried: " + (rateLimited ? "the server's Retry-After of " + Reasons.duration(hint)
                : "the endpoint's breaker lets a probe through only in " + Reasons.duration(hint))
                + " does not fit before the run deadline (" + Reasons.duration(Math.max(0, left)) + " left)";
    }

    /**
     * Retries a subtask if the shared retry budget and the error registry allow it; {@code delay} is the backoff.
     * Returns false (and appends why to the subtask's reason) when they do not.
     */
    boolean retry(Subtask st, long delay) {
        NodePlan dep = st.failedDependency;
        if (s.plan.retryBudget >= 0 && dep != null && dep.slot >= 0 && s.registryFailing[dep.slot]) {
            Subtask holder = s.registryHolder[dep.slot];
            if (holder != null && holder != st && !holder.settled) {
                s.retriesBlocked++;
                st.reason = st.reason + "; retry blocked: " + dep.id + " is failing and subtask " + holder.index
                        + " at " + holder.at.id + " is already retrying it (error registry)";
                s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, st.at.id, DecisionKind.RETRY_BLOCKED,
                        st.parentSpan, st.reason));
                return false;
            }
        }
        if (!drawRetry()) {
            s.retriesBlocked++;
            st.reason = st.reason + "; shared retry budget of " + s.plan.retryBudget + " exhausted";
            s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, st.at.id, DecisionKind.RETRY_BLOCKED, st.parentSpan,
                    st.reason));
            return false;
        }
        if (s.plan.retryBudget >= 0 && dep != null && dep.slot >= 0) {
            s.registryHolder[dep.slot] = st;
        }
        st.attempt++;
        if (s.tracing) {
            s.trace.record(new TraceEvent.DecisionMade(s.id, s.now, st.at.id, DecisionKind.RETRY, st.parentSpan,
                    "attempt " + st.attempt + " after: " + st.reason));
        }
        if (delay <= 0) {
            s.dispatch(st);
        } else {
            s.startTimer(Timer.Kind.RETRY, st, s.now + delay);
        }
        return true;
    }

    /** Takes one retry from the shared budget; false when it is spent. Unset budget = unlimited. */
    boolean drawRetry() {
        if (s.plan.retryBudget >= 0 && s.retries >= s.plan.retryBudget) {
            return false;
        }
        s.retries++;
        return true;
    }
}
