// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.store.run.RunRecord;
import dev.baton.engine.store.trace.DecisionRecord;
import dev.baton.engine.store.trace.MessageRecord;
import dev.baton.engine.store.trace.StoreWriteRecord;
import dev.baton.engine.store.trace.TraceEntry;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.SpanId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one stored run into an OTLP {@code ExportTraceServiceRequest} in the protobuf JSON mapping (lowerCamelCase
 * keys, hex ids, int64 as strings, enums as numbers), with the OpenTelemetry GenAI span names: the run is
 * {@code invoke_workflow}, a model call is {@code invoke_agent} with a {@code chat} child, a tool call is
 * {@code execute_tool}. Baton's own facts go under {@code baton.*}: budgets and totals on the run span, hop, trust
 * and envelope on each call, decisions (owner, validator, fault, breaker, budget, ...) as span events on the span
 * they concern, store writes with before/after as events on the run span. The written JSON holds what the trace
 * store holds; payloads are not exported (they may be large or private), envelopes' reasons are.
 *
 * <p>{@code chat} spans follow the OpenTelemetry GenAI semantic conventions v1.37 (where {@code gen_ai.system}
 * became {@code gen_ai.provider.name}): {@code gen_ai.provider.name}, {@code gen_ai.request.model},
 * {@code gen_ai.response.model}, {@code gen_ai.usage.input_tokens}, {@code gen_ai.usage.output_tokens},
 * {@code gen_ai.response.finish_reasons}, {@code gen_ai.request.max_tokens}, {@code server.address},
 * {@code server.port} and {@code error.type}; the span is named {@code chat <model>} when the model is known.
 * Only with {@code includeContent} (the explicit opt-in of {@code baton otel-export --include-content}) do they
 * carry the content, as {@code gen_ai.input.messages} (the message the node got) and
 * {@code gen_ai.output.messages} (its result), with key-like text redacted. No key is ever in the trace store.
 */
public final class OtlpTraceWriter {
    /** Span kinds of the OTLP enum. */
    static final int KIND_INTERNAL = 1;
    static final int KIND_CLIENT = 3;
    /** Status codes of the OTLP enum. */
    static final int STATUS_OK = 1;
    static final int STATUS_ERROR = 2;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String serviceVersion;
    private final boolean includeContent;

    /** A writer naming {@code serviceVersion} as the exporting service's version; it exports no content. */
    public OtlpTraceWriter(String serviceVersion) {
        this(serviceVersion, false);
    }

    /** A writer that exports prompts and results as GenAI content attributes only when {@code includeContent}. */
    public OtlpTraceWriter(String serviceVersion, boolean includeContent) {
        this.serviceVersion = serviceVersion;
        this.includeContent = includeContent;
    }

    /** The export request for {@code run} and its trace entries (in {@code seq} order). */
    public ObjectNode write(RunRecord run, List<TraceEntry> entries) {
        ObjectNode request = JSON.createObjectNode();
        ObjectNode resourceSpans = request.putArray("resourceSpans").addObject();
        OtlpAttributes.on(resourceSpans.putObject("resource")).text("service.name", "baton")
                .text("service.version", serviceVersion);
        ObjectNode scopeSpans = resourceSpans.putArray("scopeSpans").addObject();
        scopeSpans.putObject("scope").put("name", "dev.baton.engine").put("version", serviceVersion);
        ArrayNode spans = scopeSpans.putArray("spans");

        String traceId = run.traceId().value();
        String rootId = rootSpanId(traceId);
        Instant start = run.startedAt();
        Map<String, List<MessageRecord>> bySpan = new LinkedHashMap<>();
        Map<String, ObjectNode> spanNodes = new LinkedHashMap<>();
        List<DecisionRecord> decisions = new ArrayList<>();
        List<StoreWriteRecord> writes = new ArrayList<>();
        Duration last = Duration.ZERO;
        for (TraceEntry e : entries) {
            if (e instanceof MessageRecord) {
                MessageRecord m = (MessageRecord) e;
                bySpan.computeIfAbsent(m.spanId().value(), k -> new ArrayList<>()).add(m);
                last = max(last, m.virtualTime());
            } else if (e instanceof DecisionRecord) {
                decisions.add((DecisionRecord) e);
                last = max(last, ((DecisionRecord) e).virtualTime());
            } else if (e instanceof StoreWriteRecord) {
                writes.add((StoreWriteRecord) e);
                last = max(last, ((StoreWriteRecord) e).virtualTime());
            } else {
                throw new AssertionError("unhandled " + e);
            }
        }
        Instant end = run.endedAt().orElse(start.plus(last));

        ObjectNode root = spans.addObject();
        span(root, traceId, rootId, null, "invoke_workflow " + run.designName(), KIND_INTERNAL, start, end);
        OtlpAttributes.on(root).text("gen_ai.operation.name", "invoke_workflow")
                .text("gen_ai.workflow.name", run.designName()).text("baton.run.id", run.id())
                .text("baton.design.name", run.designName()).text("baton.design.hash", run.designHash().value())
                .integer("baton.seed", run.seed())
                .text("baton.outcome", run.outcome().map(o -> o.label()).orElse("running"))
                .text("baton.reason", run.reason()).integer("baton.budget.tokens_used", run.totals().tokens())
                .decimal("baton.budget.cost_usd", run.totals().costUsd().doubleValue())
                .integer("baton.hops", run.totals().hops()).integer("baton.calls", run.totals().calls());
        boolean failed = run.outcome().map(o -> !"completed".equals(o.label())).orElse(false);
        status(root, failed ? STATUS_ERROR : STATUS_OK, failed ? run.reason() : "");
        spanNodes.put(rootId, root);

        for (List<MessageRecord> rows : bySpan.values()) {
            callSpans(spans, spanNodes, traceId, rootId, start, end, rows, includeContent);
        }
        for (DecisionRecord d : decisions) {
            ObjectNode target = d.spanId().map(s -> spanNodes.get(s.value())).orElse(root);
            ObjectNode event = events(target == null ? root : target).addObject();
            event.put("timeUnixNano", nanos(start.plus(d.virtualTime()))).put("name", "baton.decision");
            OtlpAttributes.on(event).text("baton.decision.kind", d.kind()).text("baton.decision", d.decision())
                    .text("baton.decision.reason", d.reason()).text("baton.node", d.node().value())
                    .integer("baton.hop", d.hop()).text("baton.decision.detail", d.detailJson().orElse(""));
        }
        for (StoreWriteRecord w : writes) {
            ObjectNode event = events(root).addObject();
            event.put("timeUnixNano", nanos(start.plus(w.virtualTime()))).put("name", "baton.store_write");
            OtlpAttributes a = OtlpAttributes.on(event).text("baton.store", w.storeNode().value())
                    .text("baton.store.key", w.key()).text("baton.store.writer", w.writer().value())
                    .text("baton.store.before", w.beforeJson().orElse(""))
                    .text("baton.store.after", w.afterJson().orElse("")).integer("baton.store.version", w.version())
                    .bool("baton.store.conflict", w.conflict()).bool("baton.store.lost_update", w.lostUpdate())
                    .integer("baton.hop", w.hop());
            w.expectedVersion().ifPresent(v -> a.integer("baton.store.expected_version", v));
        }
        return request;
    }

    private static void callSpans(ArrayNode spans, Map<String, ObjectNode> spanNodes, String traceId, String rootId,
            Instant runStart, Instant runEnd, List<MessageRecord> rows, boolean includeContent) {
        MessageRecord sent = rows.get(0);
        Optional<MessageRecord> reply = rows.stream().filter(r -> r.envelopeStatus().isPresent()).findFirst();
        Instant start = runStart.plus(sent.virtualTime());
        Instant end = reply.map(r -> runStart.plus(r.virtualTime())).orElse(runEnd);
        String spanId = sent.spanId().value();
        String parent = sent.parentSpan().map(SpanId::value).filter(p -> !p.equals(spanId)).orElse(rootId);
        boolean tool = sent.purpose().map("tool"::equalsIgnoreCase).orElse(false);
        String receiver = sent.receiver().value();
        ObjectNode span = spans.addObject();
        span(span, traceId, spanId, parent, (tool ? "execute_tool " : "invoke_agent ") + receiver,
                tool ? KIND_INTERNAL : KIND_CLIENT, start, end);
        OtlpAttributes a = OtlpAttributes.on(span).text("gen_ai.operation.name", tool ? "execute_tool" : "invoke_agent");
        if (tool) {
            a.text("gen_ai.tool.name", receiver);
        } else {
            a.text("gen_ai.agent.name", receiver).text("gen_ai.agent.id", receiver);
        }
        a.text("baton.sender", sent.sender().value()).text("baton.purpose", sent.purpose().orElse(""))
                .integer("baton.hop", sent.hop()).integer("baton.attempt", sent.attempt())
                .text("baton.trust", sent.trust().jsonName()).integer("baton.budget.reserved_tokens",
                        sent.reservedTokens())
                .text("baton.constraints", "[]".equals(sent.constraintsJson()) ? "" : sent.constraintsJson());
        Optional<EnvelopeStatus> status = reply.flatMap(MessageRecord::envelopeStatus);
        status.ifPresent(s -> a.text("baton.envelope.status", s.jsonName()));
        reply.flatMap(MessageRecord::envelopeJson).ifPresent(j -> a.text("baton.envelope", j));
        JsonNode envelope = reply.flatMap(MessageRecord::envelopeJson).map(OtlpTraceWriter::parse)
                .orElse(JSON.createObjectNode());
        if (envelope.has("tokens")) {
            a.integer("baton.budget.tokens_charged", envelope.get("tokens").asLong());
        }
        if (envelope.has("costMicros")) {
            a.decimal("baton.budget.cost_usd", envelope.get("costMicros").asLong() / 1_000_000.0);
        }
        a.text("baton.failure", envelope.path("failure").asText("none").equals("none") ? ""
                : envelope.path("failure").asText());
        boolean failed = status.map(s -> s == EnvelopeStatus.FAILED).orElse(true);
        String reason = envelope.path("reason").asText("");
        status(span, failed ? STATUS_ERROR : STATUS_OK, !failed ? "" : status.isEmpty() ? "no envelope"
                : reason.isEmpty() ? "failed envelope" : reason);
        spanNodes.put(spanId, span);
        if (!tool) {
            // The model call inside the agent invocation, as GenAI instrumentations show it.
            JsonNode exchange = envelope.path("exchange");
            String model = exchange.path("requestModel").asText("");
            ObjectNode chat = spans.addObject();
            span(chat, traceId, chatSpanId(spanId), spanId, "chat " + (model.isEmpty() ? receiver : model),
                    KIND_CLIENT, start, end);
            OtlpAttributes c = OtlpAttributes.on(chat).text("gen_ai.operation.name", "chat")
                    .text("gen_ai.provider.name", exchange.path("provider").asText(""))
                    .text("gen_ai.request.model", model)
                    .text("gen_ai.response.model", exchange.path("responseModel").asText(""))
                    .integer("gen_ai.request.max_tokens", sent.reservedTokens());
            if (envelope.has("inputTokens")) {
                c.integer("gen_ai.usage.input_tokens", envelope.get("inputTokens").asLong())
                        .integer("gen_ai.usage.output_tokens", envelope.path("outputTokens").asLong());
            }
            List<String> finish = new ArrayList<>();
            exchange.path("finishReasons").forEach(f -> finish.add(f.asText()));
            c.texts("gen_ai.response.finish_reasons", finish);
            server(c, exchange.path("endpoint").asText(""));
            String errorType = exchange.path("failure").asText("");
            c.text("error.type", failed && errorType.isEmpty() ? envelope.path("failure").asText("") : errorType);
            if (includeContent) {
                GenAiContent.attach(c, sent.payloadJson(), reply.map(MessageRecord::payloadJson).orElse(""),
                        finish);
            }
            status(chat, failed ? STATUS_ERROR : STATUS_OK, "");
        }
    }

    /** {@code server.address} and {@code server.port} of an endpoint like {@code http://host:port/path (model)}. */
    private static void server(OtlpAttributes a, String endpoint) {
        if (endpoint.isEmpty()) {
            return;
        }
        try {
            java.net.URI uri = java.net.URI.create(endpoint.split(" ", 2)[0]);
            a.text("server.address", uri.getHost());
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            a.integer("server.port", port);
        } catch (IllegalArgumentException e) {
            // An endpoint the store kept but that is no URI only loses its server attributes.
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // The store wrote it; an unreadable envelope only loses its details, the span stays.
            return JSON.createObjectNode();
        }
    }

    private static void span(ObjectNode span, String traceId, String spanId, String parent, String name, int kind,
            Instant start, Instant end) {
        span.put("traceId", traceId).put("spanId", spanId);
        if (parent != null) {
            span.put("parentSpanId", parent);
        }
        span.put("name", name).put("kind", kind).put("startTimeUnixNano", nanos(start))
                .put("endTimeUnixNano", nanos(end.isBefore(start) ? start : end));
    }

    private static void status(ObjectNode span, int code, String message) {
        ObjectNode s = span.putObject("status").put("code", code);
        if (!message.isEmpty()) {
            s.put("message", message);
        }
    }

    private static ArrayNode events(ObjectNode span) {
        return span.has("events") ? (ArrayNode) span.get("events") : span.putArray("events");
    }

    /** The run's own span: derived from the trace id so that exporting twice gives the same ids. */
    static String rootSpanId(String traceId) {
        return SpanId.of(Long.parseUnsignedLong(traceId.substring(16), 16) ^ 0x5bd1e995L).value();
    }

    private static String chatSpanId(String spanId) {
        return SpanId.of(Long.parseUnsignedLong(spanId, 16) ^ 0x9e3779b97f4a7c15L).value();
    }

    private static String nanos(Instant t) {
        return Long.toString(t.getEpochSecond() * 1_000_000_000L + t.getNano());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
