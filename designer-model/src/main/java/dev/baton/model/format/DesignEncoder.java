// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.message.Constraint;
import dev.baton.model.policy.Observability;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.policy.TerminationCriteria;
import dev.baton.model.script.NodeScript;
import dev.baton.model.script.ScriptSet;
import dev.baton.model.script.ScriptedReply;
import dev.baton.model.spec.CircuitBreakerSettings;
import java.util.List;
import java.util.Map;

/**
 * Writes a design as canonical text (docs/file-format.md): keys in the documented order, unset optional values
 * omitted, numbers and durations in their canonical form, each kept unknown field at the end of its object.
 */
final class DesignEncoder {
    private DesignEncoder() {}

    static String encode(Design design) {
        JsonTextWriter w = JsonTextWriter.pretty();
        ExtensionWriter x = new ExtensionWriter(design.extensions());
        w.beginObject();
        w.field("formatVersion", DesignFiles.FORMAT_VERSION);
        w.field("name", design.name());
        if (!design.description().isEmpty()) {
            w.field("description", design.description());
        }
        w.name("policy");
        policy(w, design.policy(), x, "/policy");
        w.name("nodes");
        w.beginArray();
        for (Node n : design.nodes()) {
            NodeEncoder.node(w, n);
        }
        w.endArray();
        w.name("edges");
        w.beginArray();
        for (Edge e : design.edges()) {
            edge(w, e);
        }
        w.endArray();
        if (!design.scripts().isEmpty() || x.hasUnder("/scripts")) {
            w.name("scripts");
            scripts(w, design.scripts(), x, "/scripts");
        }
        if (!design.simulation().isEmpty()) {
            w.name("simulation");
            w.node(OpaqueJson.parse(design.simulation().json(), "the simulation section"));
        }
        x.writeMembers(w, "");
        w.endObject();
        return w.text();
    }

    private static void policy(JsonTextWriter w, TaskPolicy p, ExtensionWriter x, String ptr) {
        w.beginObject();
        p.tokenCeiling().ifPresent(v -> w.field("tokenCeiling", v));
        p.costCeilingUsd().ifPresent(v -> w.numberField("costCeilingUsd", Numbers.format(v)));
        p.wallClockTimeout().ifPresent(v -> w.field("wallClockTimeout", Durations.format(v)));
        p.hopCap().ifPresent(v -> w.field("hopCap", v));
        p.sharedRetryBudget().ifPresent(v -> w.field("sharedRetryBudget", v));
        p.circuitBreaker().ifPresent(v -> {
            w.name("circuitBreaker");
            breaker(w, v, x, ptr + "/circuitBreaker");
        });
        p.owner().ifPresent(v -> w.field("owner", v.value()));
        TerminationCriteria t = p.termination();
        // Field by field rather than record equals, for start-up time (see NodeEncoder.isNoRetry).
        boolean unset = t.maxAgentCalls().isEmpty() && t.completeWhen().isEmpty();
        if (!unset || x.hasUnder(ptr + "/termination")) {
            w.name("termination");
            w.beginObject();
            t.maxAgentCalls().ifPresent(v -> w.field("maxAgentCalls", v));
            if (!t.completeWhen().isEmpty()) {
                w.field("completeWhen", t.completeWhen());
            }
            x.writeMembers(w, ptr + "/termination");
            w.endObject();
        }
        List<Constraint> constraints = p.constraints();
        if (!constraints.isEmpty()) {
            w.name("constraints");
            w.beginArray();
            for (int i = 0; i < constraints.size(); i++) {
                Constraint c = constraints.get(i);
                w.beginObject();
                w.field("id", c.id());
                w.field("text", c.text());
                w.field("hard", c.hard());
                x.writeMembers(w, ptr + "/constraints/" + i);
                w.endObject();
            }
            w.endArray();
        }
        Observability o = p.observability();
        Observability defaults = Observability.DEFAULTS;
        boolean isDefault = o.tracing() == defaults.tracing() && o.stateDiffs() == defaults.stateDiffs()
                && Double.compare(o.evaluationSampleRate(), defaults.evaluationSampleRate()) == 0;
        if (!isDefault || x.hasUnder(ptr + "/observability")) {
            w.name("observability");
            w.beginObject();
            w.field("tracing", o.tracing());
            w.field("stateDiffs", o.stateDiffs());
            w.numberField("evaluationSampleRate", Numbers.format(o.evaluationSampleRate()));
            x.writeMembers(w, ptr + "/observability");
            w.endObject();
        }
        x.writeMembers(w, ptr);
        w.endObject();
    }

    static void breaker(JsonTextWriter w, CircuitBreakerSettings b, ExtensionWriter x, String ptr) {
        w.beginObject();
        w.field("failureThreshold", b.failureThreshold());
        w.field("openDuration", Durations.format(b.openDuration()));
        w.field("halfOpenProbes", b.halfOpenProbes());
        x.writeMembers(w, ptr);
        w.endObject();
    }

    private static void edge(JsonTextWriter w, Edge e) {
        w.beginObject();
        w.field("id", e.id().value());
        w.field("kind", e.kind().jsonName());
        w.field("from", e.from().value());
        w.field("to", e.to().value());
        if (!e.label().isEmpty()) {
            w.field("label", e.label());
        }
        if (e.constraintPassing() != ConstraintPassing.TYPED) {
            w.field("constraints", e.constraintPassing().jsonName());
        }
        new ExtensionWriter(e.extensions()).writeMembers(w, "");
        w.endObject();
    }

    private static void scripts(JsonTextWriter w, ScriptSet s, ExtensionWriter x, String ptr) {
        w.beginObject();
        s.exampleInput().ifPresent(v -> {
            w.name("exampleInput");
            w.node(v);
        });
        if (s.nodes().isEmpty() && !x.hasUnder(ptr + "/nodes")) {
            x.writeMembers(w, ptr);
            w.endObject();
            return;
        }
        w.name("nodes");
        w.beginObject();
        for (Map.Entry<NodeId, NodeScript> entry : s.nodes().entrySet()) {
            String scriptPtr = ptr + "/nodes/" + entry.getKey().value();
            NodeScript script = entry.getValue();
            w.name(entry.getKey().value());
            w.beginObject();
            if (script.cycle()) {
                w.field("cycle", true);
            }
            w.name("replies");
            w.beginArray();
            for (int i = 0; i < script.replies().size(); i++) {
                reply(w, script.replies().get(i), x, scriptPtr + "/replies/" + i);
            }
            w.endArray();
            x.writeMembers(w, scriptPtr);
            w.endObject();
        }
        x.writeMembers(w, ptr + "/nodes");
        w.endObject();
        x.writeMembers(w, ptr);
        w.endObject();
    }

    private static void reply(JsonTextWriter w, ScriptedReply r, ExtensionWriter x, String ptr) {
        w.beginObject();
        w.field("kind", r.kind().jsonName());
        if (!r.result().isNull()) {
            w.name("result");
            w.node(r.result());
        }
        w.numberField("confidence", Numbers.format(r.confidence()));
        if (!r.reason().isEmpty()) {
            w.field("reason", r.reason());
        }
        w.field("inputTokens", r.inputTokens());
        w.field("outputTokens", r.outputTokens());
        w.field("latency", Durations.format(r.latency()));
        r.target().ifPresent(v -> w.field("target", v.value()));
        x.writeMembers(w, ptr);
        w.endObject();
    }
}
