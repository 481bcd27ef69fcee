// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.core.CallPurpose;
import dev.baton.engine.core.DecisionKind;
import dev.baton.engine.core.ModelExchange;
import dev.baton.engine.core.StoreWriteResult;
import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.core.TraceSink;
import dev.baton.engine.store.StoreException;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.escalation.EscalationRecord;
import dev.baton.engine.store.escalation.EscalationRequest;
import dev.baton.engine.store.run.RunOutcome;
import dev.baton.engine.store.run.RunRecord;
import dev.baton.engine.store.run.RunTotals;
import dev.baton.model.NodeId;
import dev.baton.model.message.SpanId;
import dev.baton.model.message.TraceId;
import dev.baton.model.spec.ConcurrencyControl;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link TraceSink} for one run, writing the run's trace into the trace store through a
 * {@link TraceRecorder}. Core events map to rows as follows: {@code RunStarted} stores the run; {@code MessageSent}
 * and {@code EnvelopeReceived} become messages (the reply on the same span, from the receiver back to the sender);
 * {@code DecisionMade}, {@code ConstraintLost}, {@code BreakerTransitioned} and the escalation events become
 * decisions; {@code StoreWritten} becomes a store write; {@code RunFinished} ends the run. In real time an
 * escalation to a human node also goes to the inbox, and {@link InboxListener} is told its inbox number.
 *
 * <p>A sink must not throw into the engine: the first store failure is logged and kept ({@link #failure()}), and
 * the rest of the run is not recorded. This class is threadsafe.
 */
public final class StoreTraceSink implements TraceSink {
    private static final Logger LOG = LoggerFactory.getLogger(StoreTraceSink.class);
    private static final BigDecimal MICROS_PER_USD = BigDecimal.valueOf(1_000_000);

    private final TraceDatabase database;
    private final RunContext context;
    private final InboxListener inbox;
    private final int flushThreshold;
    private final Map<Long, TraceEvent.MessageSent> openSpans = new HashMap<>();
    private final Map<Integer, Long> inboxIds = new HashMap<>();
    private TraceRecorder recorder;
    private TraceId traceId;
    private long runDeadline;
    private int hop;
    private int calls;
    private long tokens;
    private long costMicros;
    private RuntimeException failure;

    public StoreTraceSink(TraceDatabase database, RunContext context, InboxListener inbox, int flushThreshold) {
        this.database = database;
        this.context = context;
        this.inbox = inbox;
        this.flushThreshold = flushThreshold;
    }

    @Override
    public synchronized void record(TraceEvent event) {
        if (failure != null) {
            return;
        }
        try {
            dispatch(event);
        } catch (StoreException | IllegalArgumentException e) {
            failure = e;
            LOG.error("the trace of run {} could not be stored; recording stops: {}", event.run(), e.getMessage());
        }
    }

    /** The failure that stopped recording, if any. */
    public synchronized Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** The inbox number of the run's escalation {@code escalation}, once it is in the inbox. */
    public synchronized OptionalLong inboxId(int escalation) {
        Long id = inboxIds.get(escalation);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    private void dispatch(TraceEvent event) {
        if (event instanceof TraceEvent.RunStarted) {
            started((TraceEvent.RunStarted) event);
        } else if (recorder == null) {
            throw new IllegalArgumentException("trace event " + event.getClass().getSimpleName()
                    + " arrived before RunStarted");
        } else if (event instanceof TraceEvent.MessageSent) {
            sent((TraceEvent.MessageSent) event);
        } else if (event instanceof TraceEvent.EnvelopeReceived) {
            received((TraceEvent.EnvelopeReceived) event);
        } else if (event instanceof TraceEvent.DecisionMade) {
            TraceEvent.DecisionMade d = (TraceEvent.DecisionMade) event;
            decision(d, d.node(), category(d.kind()), label(d.kind().name()), d.detail(), d.span());
        } else if (event instanceof TraceEvent.StoreWritten) {
            written((TraceEvent.StoreWritten) event);
        } else if (event instanceof TraceEvent.ConstraintLost) {
            TraceEvent.ConstraintLost c = (TraceEvent.ConstraintLost) event;
            decision(c, c.at(), "fault", "constraint-lost", "constraint \"" + c.constraintId()
                    + "\", passed as prose, was not carried on from " + c.at() + " to " + c.to(), c.span());
        } else if (event instanceof TraceEvent.EscalationOpened) {
            opened((TraceEvent.EscalationOpened) event);
        } else if (event instanceof TraceEvent.EscalationResolved) {
            resolved((TraceEvent.EscalationResolved) event);
        } else if (event instanceof TraceEvent.BreakerTransitioned) {
            TraceEvent.BreakerTransitioned b = (TraceEvent.BreakerTransitioned) event;
            decision(b, b.tool(), "breaker", label(b.to().name()), "circuit breaker of " + b.tool() + ": "
                    + label(b.from().name()) + " -> " + label(b.to().name()), 0);
        } else if (event instanceof TraceEvent.RunFinished) {
            finished((TraceEvent.RunFinished) event);
        } else {
            throw new AssertionError("unhandled " + event);
        }
    }

    private void started(TraceEvent.RunStarted r) {
        traceId = TraceId.of(r.traceIdHigh(), r.traceIdLow());
        runDeadline = r.deadline();
        recorder = TraceRecorder.start(database, RunRecord.started(r.run().value(), r.design(), context.designHash(),
                traceId, context.seed(), TraceJson.optionalText(r.input()), context.startedAt()), flushThreshold);
    }

    private void sent(TraceEvent.MessageSent m) {
        openSpans.put(m.span(), m);
        hop = Math.max(hop, m.hop());
        if (m.purpose() != CallPurpose.TOOL) {
            calls++;
        }
        recorder.record(new MessageRecord(recorder.runId(), recorder.nextSeq(), traceId, SpanId.of(m.span()),
                parent(m.parentSpan()), m.hop(), m.sender(), m.receiver(), m.trust(),
                Optional.of(label(m.purpose().name())), Math.max(1, m.attempt()), m.reservedTokens(),
                TraceJson.constraints(m.constraints(), m.promptConstraints()), TraceJson.text(m.payload()),
                Optional.empty(), Optional.empty(), Duration.ofNanos(m.time()), wall(m.time())));
        updateTotals();
    }

    private void received(TraceEvent.EnvelopeReceived v) {
        TraceEvent.MessageSent request = openSpans.remove(v.span());
        tokens += v.tokens();
        costMicros += v.costMicros();
        ObjectNode envelope = TraceJson.object();
        envelope.put("status", v.status().jsonName());
        envelope.put("confidence", v.confidence());
        envelope.put("reason", v.reason());
        envelope.put("failure", v.failure() == null ? "none" : label(v.failure().name()));
        envelope.put("tokens", v.tokens());
        envelope.put("costMicros", v.costMicros());
        if (v.handoffTo() != null) {
            envelope.put("handoffTo", v.handoffTo().value());
        }
        if (v.inputTokens() > 0 || v.outputTokens() > 0) {
            envelope.put("inputTokens", v.inputTokens());
            envelope.put("outputTokens", v.outputTokens());
        }
        if (v.exchange() != null) {
            exchange(envelope.putObject("exchange"), v.exchange());
        }
        NodeId to = request == null ? v.from() : request.sender();
        int at = request == null ? hop : request.hop();
        recorder.record(new MessageRecord(recorder.runId(), recorder.nextSeq(), traceId, SpanId.of(v.span()),
                request == null ? Optional.empty() : parent(request.parentSpan()), at, v.from(), to, v.trust(),
                request == null ? Optional.empty() : Optional.of(label(request.purpose().name())),
                request == null ? 1 : Math.max(1, request.attempt()), 0, "[]", TraceJson.text(v.result()),
                Optional.of(v.status()), Optional.of(envelope.toString()), Duration.ofNanos(v.time()),
                wall(v.time())));
        updateTotals();
    }

    /** What the adapter learned from the model endpoint; the endpoint has no query or user info, so no secret. */
    private static void exchange(ObjectNode json, ModelExchange x) {
        if (x.endpoint() != null) {
            json.put("endpoint", x.endpoint());
        }
        json.put("provider", x.provider()).put("requestModel", x.requestModel())
                .put("responseModel", x.responseModel());
        x.finishReasons().forEach(json.putArray("finishReasons")::add);
        if (x.failure() != null) {
            json.put("failure", x.failure().label());
        }
        if (x.retryAfterNanos() >= 0) {
            json.put("retryAfterMillis", x.retryAfterNanos() / 1_000_000);
        }
    }

    private void written(TraceEvent.StoreWritten w) {
        boolean rejected = w.result() == StoreWriteResult.CONFLICT
                || w.result() == StoreWriteResult.PARTITION_VIOLATION;
        recorder.record(new StoreWriteRecord(recorder.runId(), recorder.nextSeq(), hop, w.store(), w.key(),
                TraceJson.optionalText(w.before()), TraceJson.optionalText(w.after()), w.writer(), w.versionAfter(),
                w.control() == ConcurrencyControl.OPTIMISTIC ? OptionalLong.of(w.readVersion()) : OptionalLong.empty(),
                rejected, w.result() == StoreWriteResult.LOST_UPDATE,
                Duration.ofNanos(w.time()), wall(w.time())));
    }

    private void opened(TraceEvent.EscalationOpened o) {
        decision(o, o.from(), "escalation", "opened", o.question() + " (to " + (o.human() == null ? "nobody"
                : o.human().value()) + ", default " + o.defaultDecision().jsonName() + ")", 0);
        if (!context.realTime() || o.human() == null) {
            return;
        }
        long deadline = Math.max(o.time() + 1, o.deadline() < 0 ? runDeadline : o.deadline());
        long id = recorder.escalate(new EscalationRequest(recorder.runId(), o.human(), o.question(),
                at(o.time()), at(deadline), o.defaultDecision()));
        inboxIds.put(o.escalation(), id);
        inbox.opened(o.escalation(), id);
    }

    private void resolved(TraceEvent.EscalationResolved r) {
        Long id = inboxIds.get(r.escalation());
        String how = r.byDefault() ? "the deadline passed; default taken" : "answered";
        if (id != null) {
            Instant when = at(r.time());
            EscalationRecord row = database.withSession(s -> r.byDefault() ? s.escalations().takeDefault(id, when)
                    : s.escalations().answer(id, r.decision(), Optional.empty(), "engine", when).escalation());
            if (row.decision().isPresent() && row.decision().get() != r.decision()) {
                how += "; the inbox holds " + row.decision().get().jsonName() + " by "
                        + row.answeredBy().orElse("?") + ", which reached the run too late";
            }
        }
        decision(r, NodeId.of("engine"), "escalation", r.decision().jsonName(), "escalation " + r.escalation()
                + ": " + how, 0);
    }

    private void finished(TraceEvent.RunFinished f) {
        tokens = f.tokens();
        costMicros = f.costMicros();
        recorder.finish(at(f.time()), RunOutcome.valueOf(f.outcome().name()), f.reason(),
                new RunTotals(f.tokens(), usd(f.costMicros()), f.hops(), f.calls()));
    }

    private void decision(TraceEvent e, NodeId node, String kind, String decision, String reason, long span) {
        recorder.record(new DecisionRecord(recorder.runId(), recorder.nextSeq(),
                span > 0 ? Optional.of(SpanId.of(span)) : Optional.empty(), hop, node, kind, decision,
                reason == null ? "" : reason, Optional.empty(), Duration.ofNanos(e.time()), wall(e.time())));
    }

    private void updateTotals() {
        recorder.totals(new RunTotals(tokens, usd(costMicros), hop, calls));
    }

    /** Span 0 is the run itself: a message whose parent it is has no parent message. */
    private static Optional<SpanId> parent(long span) {
        return span > 0 ? Optional.of(SpanId.of(span)) : Optional.empty();
    }

    private Optional<Instant> wall(long runNanos) {
        return context.realTime() ? Optional.of(at(runNanos)) : Optional.empty();
    }

    private Instant at(long runNanos) {
        return context.startedAt().plusNanos(runNanos);
    }

    private static BigDecimal usd(long micros) {
        return BigDecimal.valueOf(micros).divide(MICROS_PER_USD);
    }

    /** The group a core decision kind belongs to, as the trace shows it. */
    static String category(DecisionKind kind) {
        switch (kind) {
            case RETRY:
            case RETRY_BLOCKED:
                return "retry";
            case HOP_CAP:
            case OWNER_DECISION:
                return "owner";
            case VALIDATION_PASSED:
            case VALIDATION_REJECTED:
                return "validator";
            case BREAKER_REJECTED:
            case ENDPOINT_BREAKER:
                return "breaker";
            case LOST_UPDATE:
                return "store";
            case LATE_REPLY_IGNORED:
            case TOOL_ROUND:
                return "engine";
            case REROUTE:
            case REPLAN:
            case ACCEPT_PARTIAL:
            case ESCALATE:
            case ABORT:
            case PLAN_COMPLETE:
            case NEXT_ROUND:
                return "orchestrator";
            default:
                throw new AssertionError("unhandled " + kind);
        }
    }

    /** {@code HOP_CAP} -> {@code hop-cap}. */
    static String label(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
