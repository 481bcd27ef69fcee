// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a simulation section (profiles and fault plans) against the nodes of its design. A profile lists only the
 * keys the user tuned; the rest come from {@link BehaviourProfile#defaultsFor} of the node's kind. Unknown keys,
 * unknown nodes, faults aimed at a node of the wrong kind and every broken value rule are errors with their
 * JSONPath. Duplicate keys are errors too, because the second value would silently win.
 *
 * <p>This class is stateless and threadsafe.
 */
public final class SimulationSectionReader {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SimulationSectionReader() {}

    /**
     * Parses {@code json}; a profile's missing keys take its node kind's defaults.
     *
     * @param nodes the design's nodes and their kinds
     * @throws SimulationFormatException with the JSONPath and the reason when the text is not a valid section
     */
    public static SimulationSection read(String json, Map<NodeId, NodeKind> nodes) throws SimulationFormatException {
        return read(json, nodes, kindDefaults(nodes));
    }

    /**
     * Parses {@code json}; a profile's missing keys take {@code defaults} of its node (see
     * {@link BehaviourProfile#defaultsFor(dev.baton.model.Node)}).
     *
     * @param nodes    the design's nodes and their kinds
     * @param defaults each node's default profile
     * @throws SimulationFormatException with the JSONPath and the reason when the text is not a valid section
     */
    public static SimulationSection read(String json, Map<NodeId, NodeKind> nodes,
            Map<NodeId, BehaviourProfile> defaults) throws SimulationFormatException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SimulationFormatException("$", "expected valid JSON, but found " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new SimulationFormatException("$", "expected an object, but found no JSON at all", null);
        }
        return read(tree, nodes, defaults);
    }

    /** Reads an already parsed section (for example the {@code simulation} value of a design file). */
    public static SimulationSection read(JsonNode section, Map<NodeId, NodeKind> nodes,
            Map<NodeId, BehaviourProfile> defaults) throws SimulationFormatException {
        JsonCursor root = JsonCursor.root(section);
        root.allowOnly(List.of("profiles", "faultPlans"));
        Map<NodeId, BehaviourProfile> profiles = new LinkedHashMap<>();
        if (root.has("profiles")) {
            JsonCursor p = root.object("profiles");
            for (Map.Entry<String, JsonNode> f : p.fields()) {
                NodeId id = nodeRef(p, f.getKey(), f.getKey(), nodes);
                profiles.put(id, ProfileReader.read(p.objectField(f), defaults.get(id)));
            }
        }
        List<FaultPlan> plans = new ArrayList<>();
        if (root.has("faultPlans")) {
            for (JsonCursor plan : root.objects("faultPlans")) {
                plans.add(FaultPlanReader.read(plan, nodes));
            }
        }
        return root.build(() -> new SimulationSection(profiles, plans));
    }

    /** The defaults of each node's kind. */
    static Map<NodeId, BehaviourProfile> kindDefaults(Map<NodeId, NodeKind> nodes) {
        Map<NodeId, BehaviourProfile> out = new LinkedHashMap<>();
        nodes.forEach((id, kind) -> out.put(id, BehaviourProfile.defaultsFor(kind)));
        return out;
    }

    /** The node id {@code text} found at {@code key} of {@code o}; it must name a node of the design. */
    static NodeId nodeRef(JsonCursor o, String key, String text, Map<NodeId, NodeKind> nodes)
            throws SimulationFormatException {
        NodeId id;
        try {
            id = NodeId.of(text);
        } catch (IllegalArgumentException e) {
            throw o.error(key, "expected a node id, but found " + e.getMessage());
        }
        if (!nodes.containsKey(id)) {
            throw o.error(key, "expected the id of a node of the design, but found \"" + text + "\", which is not one");
        }
        return id;
    }
}
