// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a simulation section canonically, in the style of docs/file-format.md: two-space indentation, keys in
 * a fixed order, numbers in their shortest exact decimal form, durations as strings, and in each profile only the
 * keys that differ from the node kind's defaults (so a one-field tuning is a one-line diff, and the reader, which
 * fills in those defaults, reads back an equal section).
 *
 * <p>This class is stateless and threadsafe.
 */
public final class SimulationSectionWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private SimulationSectionWriter() {}

    /**
     * The canonical text of {@code section}, ending in a newline.
     *
     * @param nodes the design's nodes and their kinds, for the defaults a profile is compared with
     * @throws IllegalArgumentException when a profile belongs to a node not in {@code nodes}
     */
    public static String write(SimulationSection section, Map<NodeId, NodeKind> nodes) {
        return writeAgainst(section, SimulationSectionReader.kindDefaults(nodes));
    }

    /**
     * Writes {@code section} in canonical form, each profile listing only what differs from its node's default.
     *
     * @param defaults each node's default profile (see {@link BehaviourProfile#defaultsFor(dev.baton.model.Node)})
     * @throws IllegalArgumentException when a profile belongs to a node not in {@code defaults}
     */
    public static String writeAgainst(SimulationSection section, Map<NodeId, BehaviourProfile> defaults) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(toTree(section, defaults)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** The section as a JSON tree (to embed in a design file). */
    public static ObjectNode toTree(SimulationSection section, Map<NodeId, BehaviourProfile> defaults) {
        ObjectNode root = NODES.objectNode();
        if (!section.profiles().isEmpty()) {
            ObjectNode profiles = root.putObject("profiles");
            for (Map.Entry<NodeId, BehaviourProfile> e : section.profiles().entrySet()) {
                BehaviourProfile base = defaults.get(e.getKey());
                if (base == null) {
                    throw new IllegalArgumentException("profile of node " + e.getKey() + " cannot be written: the "
                            + "design has no such node");
                }
                profiles.set(e.getKey().value(), profile(e.getValue(), base));
            }
        }
        if (!section.faultPlans().isEmpty()) {
            ArrayNode plans = root.putArray("faultPlans");
            for (FaultPlan plan : section.faultPlans()) {
                plans.add(FaultPlanWriter.plan(plan));
            }
        }
        return root;
    }

    private static ObjectNode profile(BehaviourProfile p, BehaviourProfile defaults) {
        ObjectNode o = NODES.objectNode();
        if (!p.latency().equals(defaults.latency())) {
            ObjectNode latency = o.putObject("latency");
            latency.put("p50", DurationText.format(p.latency().p50()));
            latency.put("p95", DurationText.format(p.latency().p95()));
        }
        if (!p.tokens().equals(defaults.tokens())) {
            ObjectNode tokens = o.putObject("tokens");
            ObjectNode in = tokens.putObject("input");
            in.put("p50", p.tokens().inputP50());
            in.put("p95", p.tokens().inputP95());
            ObjectNode out = tokens.putObject("output");
            out.put("p50", p.tokens().outputP50());
            out.put("p95", p.tokens().outputP95());
        }
        if (!p.outcomes().equals(defaults.outcomes())) {
            ObjectNode outcomes = o.putObject("outcomes");
            p.outcomes().probabilities().forEach((k, v) -> {
                if (v > 0) {
                    outcomes.set(k.jsonName(), number(v));
                }
            });
        }
        if (!p.confidence().equals(defaults.confidence())) {
            o.set("confidence", confidence(p.confidence()));
        }
        putIfChanged(o, "hallucinationRate", p.hallucinationRate(), defaults.hallucinationRate());
        putIfChanged(o, "detectionRate", p.detectionRate(), defaults.detectionRate());
        if (!p.handoff().equals(defaults.handoff())) {
            ObjectNode handoff = o.putObject("handoff");
            handoff.set("rate", number(p.handoff().rate()));
            handoff.set("notMyDomainRate", number(p.handoff().notMyDomainRate()));
            if (!p.handoff().preferences().isEmpty()) {
                ObjectNode prefs = handoff.putObject("preferences");
                p.handoff().preferences().forEach((k, v) -> prefs.set(k.value(), number(v)));
            }
        }
        putIfChanged(o, "convergencePerRound", p.convergencePerRound(), defaults.convergencePerRound());
        putIfChanged(o, "contextRotPerHop", p.contextRotPerHop(), defaults.contextRotPerHop());
        if (!p.availability().equals(defaults.availability())) {
            o.set("availability", availability(p.availability()));
        }
        return o;
    }

    private static ObjectNode confidence(ConfidenceProfile c) {
        ObjectNode o = NODES.objectNode();
        if (c instanceof ConfidenceProfile.Beta) {
            ConfidenceProfile.Beta b = (ConfidenceProfile.Beta) c;
            o.put("distribution", "beta");
            o.set("alpha", number(b.alpha()));
            o.set("beta", number(b.beta()));
        } else if (c instanceof ConfidenceProfile.Uniform) {
            ConfidenceProfile.Uniform u = (ConfidenceProfile.Uniform) c;
            o.put("distribution", "uniform");
            o.set("low", number(u.low()));
            o.set("high", number(u.high()));
        } else {
            throw new AssertionError("unhandled confidence profile " + c);
        }
        return o;
    }

    private static ObjectNode availability(ToolAvailability a) {
        ObjectNode o = NODES.objectNode();
        o.set("availability", number(a.availability()));
        if (!a.outages().isEmpty()) {
            ArrayNode outages = o.putArray("outages");
            for (TimeWindow w : a.outages()) {
                outages.add(window(NODES.objectNode(), w));
            }
        }
        if (!a.rateLimit().isUnlimited()) {
            ObjectNode limit = o.putObject("rateLimit");
            limit.put("calls", a.rateLimit().calls());
            limit.put("per", DurationText.format(a.rateLimit().per()));
        }
        return o;
    }

    static ObjectNode window(ObjectNode into, TimeWindow w) {
        into.put("from", DurationText.format(w.from()));
        into.put("to", DurationText.format(w.to()));
        return into;
    }

    private static void putIfChanged(ObjectNode o, String key, double value, double defaultValue) {
        if (Double.compare(value, defaultValue) != 0) {
            o.set(key, number(value));
        }
    }

    /** The shortest decimal that reads back as {@code value}, in plain notation, never "-0". */
    static com.fasterxml.jackson.databind.JsonNode number(double value) {
        if (value == 0.0) {
            return NODES.numberNode(0L);
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        if (d.scale() <= 0 && d.precision() - d.scale() <= 18) {
            return NODES.numberNode(d.longValueExact());
        }
        return NODES.numberNode(d);
    }

    static JsonNodeFactory nodes() {
        return NODES;
    }
}
