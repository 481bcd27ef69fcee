// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.Node;
import dev.baton.model.spec.AdapterSettings;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.NodeSpec;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.OwnerSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.RetryPolicy;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ToolSpec;
import dev.baton.model.spec.ValidatorCheck;
import dev.baton.model.spec.ValidatorSpec;
import java.util.List;
import java.util.Optional;

/** Writes one node and its kind-specific settings in canonical form. */
final class NodeEncoder {
    private static final String SETTINGS = "/settings";

    private NodeEncoder() {}

    static void node(JsonTextWriter w, Node n) {
        ExtensionWriter x = new ExtensionWriter(n.extensions());
        w.beginObject();
        w.field("id", n.id().value());
        w.field("kind", n.kind().jsonName());
        w.field("label", n.label());
        w.name("position");
        w.beginObject();
        w.numberField("x", Numbers.format(n.position().x()));
        w.numberField("y", Numbers.format(n.position().y()));
        x.writeMembers(w, "/position");
        w.endObject();
        if (n.size().isPresent()) {
            w.name("size");
            w.beginObject();
            w.numberField("width", Numbers.format(n.size().get().width()));
            w.numberField("height", Numbers.format(n.size().get().height()));
            x.writeMembers(w, "/size");
            w.endObject();
        }
        // Settings are omitted when they would be empty: probe with a throwaway writer first.
        JsonTextWriter probe = JsonTextWriter.compact();
        settings(probe, n.spec(), x);
        if (!probe.text().equals("{}")) {
            w.name("settings");
            settings(w, n.spec(), x);
        }
        x.writeMembers(w, "");
        w.endObject();
    }

    private static void settings(JsonTextWriter w, NodeSpec spec, ExtensionWriter x) {
        w.beginObject();
        if (spec instanceof OrchestratorSpec) {
            OrchestratorSpec s = (OrchestratorSpec) spec;
            invocation(w, s.invocation(), x);
            failurePolicy(w, s.failurePolicy(), x);
            w.field("maxReplans", s.maxReplans());
        } else if (spec instanceof AgentSpec) {
            AgentSpec s = (AgentSpec) spec;
            if (!s.role().isEmpty()) {
                w.field("role", s.role());
            }
            invocation(w, s.invocation(), x);
            contract(w, "outputContract", s.outputContract(), x);
            if (s.highStakes()) {
                w.field("highStakes", true);
            }
        } else if (spec instanceof PlannerSpec) {
            PlannerSpec s = (PlannerSpec) spec;
            invocation(w, s.invocation(), x);
            s.completion().ifPresent(c -> {
                w.name("completion");
                w.beginObject();
                c.minConfidence().ifPresent(v -> w.numberField("minConfidence", Numbers.format(v)));
                c.agreeingRounds().ifPresent(v -> w.field("agreeingRounds", v));
                x.writeMembers(w, SETTINGS + "/completion");
                w.endObject();
            });
            s.maxRounds().ifPresent(v -> w.field("maxRounds", v));
        } else if (spec instanceof ValidatorSpec) {
            validator(w, (ValidatorSpec) spec, x);
        } else if (spec instanceof HumanSpec) {
            HumanSpec s = (HumanSpec) spec;
            w.field("queue", s.queue());
            s.responseDeadline().ifPresent(v -> w.field("responseDeadline", Durations.format(v)));
            w.field("defaultDecision", s.defaultDecision().jsonName());
        } else if (spec instanceof OwnerSpec) {
            w.field("decision", ((OwnerSpec) spec).decision().jsonName());
        } else if (spec instanceof ToolSpec) {
            tool(w, (ToolSpec) spec, x);
        } else if (spec instanceof StoreSpec) {
            StoreSpec s = (StoreSpec) spec;
            w.field("concurrency", s.concurrency().jsonName());
            s.partitionKey().ifPresent(v -> w.field("partitionKey", v));
        } else if (spec instanceof StartSpec) {
            contract(w, "inputContract", ((StartSpec) spec).inputContract(), x);
        } else if (spec instanceof EndSpec) {
            contract(w, "outputContract", ((EndSpec) spec).outputContract(), x);
        } else {
            throw new AssertionError("unhandled " + spec);
        }
        x.writeMembers(w, SETTINGS);
        w.endObject();
    }

    private static void invocation(JsonTextWriter w, Invocation inv, ExtensionWriter x) {
        inv.model().ifPresent(v -> w.field("model", v.toString()));
        inv.credentials().ifPresent(v -> {
            w.name("credentials");
            w.beginObject();
            w.field("env", v.environmentVariable());
            x.writeMembers(w, SETTINGS + "/credentials");
            w.endObject();
        });
        inv.adapter().ifPresent(a -> adapter(w, a, x));
        if (!inv.instructions().isEmpty()) {
            w.field("instructions", inv.instructions());
        }
        inv.tokenBudget().ifPresent(v -> w.field("tokenBudget", v));
        inv.timeout().ifPresent(v -> w.field("timeout", Durations.format(v)));
        RetryPolicy r = inv.retry();
        if (!isNoRetry(r) || x.hasUnder(SETTINGS + "/retry")) {
            w.name("retry");
            w.beginObject();
            w.field("maxAttempts", r.maxAttempts());
            w.field("backoff", Durations.format(r.backoff()));
            w.numberField("multiplier", Numbers.format(r.multiplier()));
            x.writeMembers(w, SETTINGS + "/retry");
            w.endObject();
        }
    }

    private static void adapter(JsonTextWriter w, AdapterSettings a, ExtensionWriter x) {
        w.name("adapter");
        w.beginObject();
        w.field("kind", a.kind().jsonName());
        a.baseUrl().ifPresent(v -> w.field("baseUrl", v));
        if (!a.command().isEmpty()) {
            w.name("command");
            w.beginArray();
            a.command().forEach(w::string);
            w.endArray();
        }
        a.provider().ifPresent(v -> w.field("provider", v));
        a.temperature().ifPresent(v -> w.numberField("temperature", Numbers.format(v)));
        x.writeMembers(w, SETTINGS + "/adapter");
        w.endObject();
    }

    /**
     * {@code r.equals(RetryPolicy.NONE)}, field by field: a record's generated {@code equals} costs a method-handle
     * bootstrap of about 0.1 s on first use, which every freshly started process that saves would pay.
     */
    private static boolean isNoRetry(RetryPolicy r) {
        RetryPolicy none = RetryPolicy.NONE;
        return r.maxAttempts() == none.maxAttempts() && r.backoff().equals(none.backoff())
                && Double.compare(r.multiplier(), none.multiplier()) == 0;
    }

    private static void failurePolicy(JsonTextWriter w, FailurePolicy p, ExtensionWriter x) {
        w.name("failurePolicy");
        w.beginObject();
        w.field("onFailed", p.onFailed().jsonName());
        w.field("onPartial", p.onPartial().jsonName());
        w.field("onTimeout", p.onTimeout().jsonName());
        x.writeMembers(w, SETTINGS + "/failurePolicy");
        w.endObject();
    }

    private static void validator(JsonTextWriter w, ValidatorSpec s, ExtensionWriter x) {
        invocation(w, s.invocation(), x);
        s.confidenceThreshold().ifPresent(v -> w.numberField("confidenceThreshold", Numbers.format(v)));
        w.name("checks");
        w.beginArray();
        List<ValidatorCheck> checks = s.checks();
        for (int i = 0; i < checks.size(); i++) {
            w.beginObject();
            w.field("kind", checks.get(i).kind().jsonName());
            if (!checks.get(i).detail().isEmpty()) {
                w.field("detail", checks.get(i).detail());
            }
            x.writeMembers(w, SETTINGS + "/checks/" + i);
            w.endObject();
        }
        w.endArray();
        w.field("onReject", s.onReject().jsonName());
    }

    private static void tool(JsonTextWriter w, ToolSpec s, ExtensionWriter x) {
        if (!s.description().isEmpty()) {
            w.field("description", s.description());
        }
        if (s.availability() != 1.0) {
            w.numberField("availability", Numbers.format(s.availability()));
        }
        s.latency().ifPresent(v -> w.field("latency", Durations.format(v)));
        s.rateLimitPerMinute().ifPresent(v -> w.field("rateLimitPerMinute", v));
        s.circuitBreaker().ifPresent(v -> {
            w.name("circuitBreaker");
            DesignEncoder.breaker(w, v, x, SETTINGS + "/circuitBreaker");
        });
    }

    private static void contract(JsonTextWriter w, String key, Optional<DataContract> contract, ExtensionWriter x) {
        if (contract.isEmpty()) {
            return;
        }
        String ptr = SETTINGS + "/" + key;
        w.name(key);
        w.beginObject();
        w.name("fields");
        w.beginArray();
        List<ContractField> fields = contract.get().fields();
        for (int i = 0; i < fields.size(); i++) {
            ContractField f = fields.get(i);
            w.beginObject();
            w.field("name", f.name());
            w.field("type", f.type().jsonName());
            w.field("required", f.required());
            x.writeMembers(w, ptr + "/fields/" + i);
            w.endObject();
        }
        w.endArray();
        x.writeMembers(w, ptr);
        w.endObject();
    }
}
