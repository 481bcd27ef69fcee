// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Extensions;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.SimulationData;
import dev.baton.model.policy.Observability;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.policy.TerminationCriteria;
import dev.baton.model.message.Constraint;
import dev.baton.model.script.ScriptSet;
import dev.baton.model.spec.CircuitBreakerSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns the JSON tree of a current-version file into a {@link Design}: the top level, the policy and the edges
 * here, nodes in {@link NodeDecoder}, scripts in {@link ScriptDecoder}. Key order in the file does not matter.
 */
final class DesignDecoder {
    private final DecodeContext ctx;

    DesignDecoder(DecodeContext ctx) {
        this.ctx = ctx;
    }

    /** Decodes the root object; {@code formatVersion} has been checked (and migrated) by the caller. */
    Design design(JsonValue.Obj root) throws DesignLoadException {
        Map<String, String> ext = new LinkedHashMap<>();
        Fields f = new Fields(ctx, root, "", ext);
        f.opt("formatVersion");
        String name = f.reqString("name");
        String description = f.optString("description", "");
        TaskPolicy policy = policy(f.req("policy"), f.pointer("policy"), ext);
        List<Node> nodes = new ArrayList<>();
        NodeDecoder nodeDecoder = new NodeDecoder(ctx);
        for (JsonValue n : ctx.array(f.req("nodes"), "the nodes array", Limits.MAX_NODES)) {
            nodes.add(nodeDecoder.node(n));
        }
        List<Edge> edges = new ArrayList<>();
        for (JsonValue e : ctx.array(f.req("edges"), "the edges array", Limits.MAX_EDGES)) {
            edges.add(edge(e));
        }
        JsonValue scriptsValue = f.opt("scripts");
        ScriptSet scripts = scriptsValue == null ? ScriptSet.NONE
                : new ScriptDecoder(ctx).scripts(scriptsValue, f.pointer("scripts"), ext);
        SimulationData simulation = simulation(f.opt("simulation"));
        f.finish();
        return new Design(name, description, policy, nodes, edges, scripts, simulation, new Extensions(ext));
    }

    /** The simulation section is opaque here: it must be an object, and is kept as canonical text. */
    private SimulationData simulation(JsonValue value) throws DesignLoadException {
        if (value == null) {
            return SimulationData.NONE;
        }
        if (!(value instanceof JsonValue.Obj)) {
            throw ctx.wrong(value, "a simulation object (behaviour profiles and fault plans)");
        }
        return new SimulationData(OpaqueJson.canonical(value, ctx));
    }

    private TaskPolicy policy(JsonValue value, String pointer, Map<String, String> ext) throws DesignLoadException {
        Fields f = ctx.object(value, "the policy object", pointer, ext);
        var tokenCeiling = f.optLong("tokenCeiling", 1);
        JsonValue cost = f.opt("costCeilingUsd");
        Optional<BigDecimal> costCeiling = Optional.empty();
        if (cost != null) {
            BigDecimal c = ctx.decimal(cost, "a number > 0 (US dollars)");
            if (c.signum() <= 0) {
                throw ctx.wrong(cost, "a number > 0 (US dollars)");
            }
            costCeiling = Optional.of(c);
        }
        var wallClock = f.optPositiveDuration("wallClockTimeout");
        var hopCap = f.optInt("hopCap", 1);
        var retryBudget = f.optInt("sharedRetryBudget", 0);
        JsonValue breakerValue = f.opt("circuitBreaker");
        Optional<CircuitBreakerSettings> breaker = breakerValue == null ? Optional.empty()
                : Optional.of(breaker(breakerValue, f.pointer("circuitBreaker"), ext));
        JsonValue ownerValue = f.opt("owner");
        Optional<NodeId> owner = ownerValue == null ? Optional.empty() : Optional.of(ctx.nodeId(ownerValue));
        JsonValue terminationValue = f.opt("termination");
        TerminationCriteria termination = terminationValue == null ? TerminationCriteria.UNSET
                : termination(terminationValue, f.pointer("termination"), ext);
        List<Constraint> constraints = new ArrayList<>();
        JsonValue constraintsValue = f.opt("constraints");
        if (constraintsValue != null) {
            List<JsonValue> list = ctx.array(constraintsValue, "an array of constraints", Integer.MAX_VALUE);
            for (int i = 0; i < list.size(); i++) {
                constraints.add(constraint(list.get(i), f.pointer("constraints") + "/" + i, ext));
            }
        }
        JsonValue observabilityValue = f.opt("observability");
        Observability observability = observabilityValue == null ? Observability.DEFAULTS
                : observability(observabilityValue, f.pointer("observability"), ext);
        f.finish();
        Optional<BigDecimal> costCeilingUsd = costCeiling;
        return ctx.model(value, "a valid policy", () -> new TaskPolicy(tokenCeiling, costCeilingUsd, wallClock,
                hopCap, retryBudget, breaker, owner, termination, constraints, observability));
    }

    CircuitBreakerSettings breaker(JsonValue value, String pointer, Map<String, String> ext)
            throws DesignLoadException {
        Fields f = ctx.object(value, "a circuit breaker object", pointer, ext);
        int threshold = f.reqInt("failureThreshold", 1);
        var openDuration = ctx.positiveDuration(f.req("openDuration"));
        int probes = f.reqInt("halfOpenProbes", 1);
        f.finish();
        return new CircuitBreakerSettings(threshold, openDuration, probes);
    }

    private TerminationCriteria termination(JsonValue value, String pointer, Map<String, String> ext)
            throws DesignLoadException {
        Fields f = ctx.object(value, "a termination object", pointer, ext);
        OptionalInt maxAgentCalls = f.optInt("maxAgentCalls", 1);
        String completeWhen = f.optString("completeWhen", "");
        f.finish();
        return new TerminationCriteria(maxAgentCalls, completeWhen);
    }

    private Constraint constraint(JsonValue value, String pointer, Map<String, String> ext)
            throws DesignLoadException {
        Fields f = ctx.object(value, "a constraint object", pointer, ext);
        JsonValue id = f.req("id");
        String idText = ctx.string(id);
        JsonValue text = f.req("text");
        String textValue = ctx.string(text);
        boolean hard = f.optBool("hard", true);
        f.finish();
        // Check the id on its own first, so that a bad id is reported at the id, not at the text.
        ctx.model(id, "a constraint id", () -> new Constraint(idText, "placeholder", hard));
        return ctx.model(text, "a constraint text that is not blank", () -> new Constraint(idText, textValue, hard));
    }

    private Observability observability(JsonValue value, String pointer, Map<String, String> ext)
            throws DesignLoadException {
        Fields f = ctx.object(value, "an observability object", pointer, ext);
        boolean tracing = f.optBool("tracing", Observability.DEFAULTS.tracing());
        boolean stateDiffs = f.optBool("stateDiffs", Observability.DEFAULTS.stateDiffs());
        JsonValue rate = f.opt("evaluationSampleRate");
        double sampleRate = rate == null ? Observability.DEFAULTS.evaluationSampleRate() : ctx.number(rate, 0, 1);
        f.finish();
        return new Observability(tracing, stateDiffs, sampleRate);
    }

    private Edge edge(JsonValue value) throws DesignLoadException {
        Map<String, String> ext = new LinkedHashMap<>();
        Fields f = ctx.object(value, "an edge object", "", ext);
        EdgeId id = ctx.edgeId(f.req("id"));
        EdgeKind kind = f.reqEnum("kind", EdgeKind.values(), EdgeKind::jsonName);
        NodeId from = ctx.nodeId(f.req("from"));
        NodeId to = ctx.nodeId(f.req("to"));
        String label = f.optString("label", "");
        JsonValue passing = f.opt("constraints");
        ConstraintPassing constraintPassing = passing == null ? ConstraintPassing.TYPED
                : ctx.enumValue(passing, ConstraintPassing.values(), ConstraintPassing::jsonName);
        f.finish();
        return new Edge(id, kind, from, to, label, constraintPassing, new Extensions(ext));
    }
}
