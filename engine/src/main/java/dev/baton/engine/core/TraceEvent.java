// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import dev.baton.model.message.Constraint;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.HumanDecision;
import java.util.List;

/**
 * One traced fact of a run. Times are nanoseconds since the run started (virtual or real). Span ids are numbered
 * per run from 1; span 0 is the run itself (the parent of the intake message). Payloads and results are the
 * objects the nodes produced (JSON for scripted and remote agents); sinks must not mutate them.
 */
public sealed interface TraceEvent {
    RunId run();

    long time();

    /** The run began. {@code traceIdHigh}/{@code traceIdLow} form the W3C trace id. */
    record RunStarted(RunId run, long time, long traceIdHigh, long traceIdLow, String design, Object input,
            List<Constraint> constraints, long deadline) implements TraceEvent {}

    /**
     * A message to a node: a delegation, handoff, consult, validation request or tool call.
     *
     * @param constraints the typed constraints carried verbatim
     * @param promptConstraints constraints carried only as prose
     * @param reservedTokens tokens reserved for the call (0 for tools)
     */
    record MessageSent(RunId run, long time, long span, long parentSpan, int hop, NodeId sender, NodeId receiver,
            CallPurpose purpose, int attempt, List<Constraint> constraints, List<Constraint> promptConstraints,
            Object payload, TrustLabel trust, long reservedTokens) implements TraceEvent {}

    /**
     * The envelope that settles a message's span: exactly one per {@link MessageSent}.
     *
     * @param handoffTo the node the answer hands off to, or null
     * @param tokens tokens charged for the call
     * @param costMicros cost charged, in micro-dollars
     * @param inputTokens input tokens the answer reported (over every round of a tool loop); 0 when none
     * @param outputTokens output tokens the answer reported; 0 when none
     * @param exchange what the adapter learned from a remote model endpoint; null for other answers
     */
    record EnvelopeReceived(RunId run, long time, long span, NodeId from, EnvelopeStatus status, Object result,
            double confidence, String reason, FailureKind failure, long tokens, long costMicros, TrustLabel trust,
            NodeId handoffTo, long inputTokens, long outputTokens, ModelExchange exchange) implements TraceEvent {

        /** An envelope without reported usage or model exchange (tools, cancellations). */
        public EnvelopeReceived(RunId run, long time, long span, NodeId from, EnvelopeStatus status, Object result,
                double confidence, String reason, FailureKind failure, long tokens, long costMicros, TrustLabel trust,
                NodeId handoffTo) {
            this(run, time, span, from, status, result, confidence, reason, failure, tokens, costMicros, trust,
                    handoffTo, 0, 0, null);
        }
    }

    /** A decision of the engine or of a node's policy (retry, re-route, re-plan, owner decision, block). */
    record DecisionMade(RunId run, long time, NodeId node, DecisionKind kind, long span, String detail)
            implements TraceEvent {}

    /**
     * A write to a shared store, with the state before and after and the writer. {@code readVersion} is the store
     * version the writer read at its call's start; {@code versionBefore}/{@code versionAfter} are the record's
     * versions (0 = never written).
     */
    record StoreWritten(RunId run, long time, NodeId store, String key, NodeId writer, Object before, Object after,
            long readVersion, long versionBefore, long versionAfter, ConcurrencyControl control,
            StoreWriteResult result, NodeId overwrittenWriter) implements TraceEvent {}

    /** A constraint passed as prose was not carried on by {@code at}: context rot. */
    record ConstraintLost(RunId run, long time, long span, String constraintId, NodeId at, NodeId to)
            implements TraceEvent {}

    /** An escalation waits for a human until {@code deadline} (-1 = the run's deadline). */
    record EscalationOpened(RunId run, long time, int escalation, NodeId from, NodeId human, String question,
            long deadline, HumanDecision defaultDecision) implements TraceEvent {}

    /** An escalation was answered, or its deadline passed and the default was taken. */
    record EscalationResolved(RunId run, long time, int escalation, HumanDecision decision, boolean byDefault)
            implements TraceEvent {}

    /** A tool's circuit breaker changed state. */
    record BreakerTransitioned(RunId run, long time, NodeId tool, BreakerState from, BreakerState to)
            implements TraceEvent {}

    /** The run ended; always the last event of a run. */
    record RunFinished(RunId run, long time, Outcome outcome, String reason, Object result, TrustLabel trust,
            boolean validated, long tokens, long costMicros, int hops, int calls) implements TraceEvent {}
}
