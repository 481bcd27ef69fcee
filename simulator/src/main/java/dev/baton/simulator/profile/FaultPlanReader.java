// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one fault plan; each fault names its type and the node it is aimed at, which must be of a fitting kind. */
final class FaultPlanReader {
    private FaultPlanReader() {}

    static FaultPlan read(JsonCursor o, Map<NodeId, NodeKind> nodes) throws SimulationFormatException {
        o.allowOnly(List.of("name", "description", "faults"));
        String name = o.text("name");
        String description = o.text("description", "");
        List<Fault> faults = new ArrayList<>();
        if (o.has("faults")) {
            for (JsonCursor f : o.objects("faults")) {
                faults.add(fault(f, nodes));
            }
        }
        return o.build(() -> new FaultPlan(name, description, faults));
    }

    private static Fault fault(JsonCursor f, Map<NodeId, NodeKind> nodes) throws SimulationFormatException {
        String type = f.text("type");
        switch (type) {
            case "crash": {
                f.allowOnly(List.of("type", "node", "at"));
                NodeId node = node(f, "node", nodes, null);
                var at = f.duration("at");
                return f.build(() -> new Fault.Crash(node, at));
            }
            case "tool-outage": {
                f.allowOnly(List.of("type", "node", "from", "to"));
                NodeId node = node(f, "node", nodes, NodeKind.TOOL);
                TimeWindow window = ProfileReader.window(f);
                return f.build(() -> new Fault.ToolOutage(node, window));
            }
            case "outcome-rate": {
                f.allowOnly(List.of("type", "node", "outcome", "rate"));
                NodeId node = node(f, "node", nodes, null);
                Outcome outcome;
                try {
                    outcome = Outcome.fromJson(f.text("outcome"));
                } catch (IllegalArgumentException e) {
                    throw f.error("outcome", "expected an outcome, but found " + e.getMessage());
                }
                double rate = f.number("rate");
                return f.build(() -> new Fault.OutcomeRate(node, outcome, rate));
            }
            case "always-hands-off": {
                f.allowOnly(List.of("type", "node"));
                NodeId node = node(f, "node", nodes, null);
                return f.build(() -> new Fault.AlwaysHandsOff(node));
            }
            case "planner-never-converges": {
                f.allowOnly(List.of("type", "node"));
                NodeId node = node(f, "node", nodes, NodeKind.PLANNER);
                return f.build(() -> new Fault.PlannerNeverConverges(node));
            }
            case "concurrent-writers": {
                f.allowOnly(List.of("type", "node", "key", "writers"));
                NodeId store = node(f, "node", nodes, NodeKind.STORE);
                String key = f.text("key");
                List<NodeId> writers = new ArrayList<>();
                List<String> ids = f.texts("writers");
                for (int i = 0; i < ids.size(); i++) {
                    writers.add(SimulationSectionReader.nodeRef(f, "writers[" + i + "]", ids.get(i), nodes));
                }
                return f.build(() -> new Fault.ConcurrentWriters(store, key, writers));
            }
            case "hallucination-rate": {
                NodeId node = rated(f, nodes, List.of(NodeKind.AGENT, NodeKind.ORCHESTRATOR, NodeKind.PLANNER));
                double rate = f.number("rate");
                return f.build(() -> new Fault.HallucinationRate(node, rate));
            }
            case "detection-rate": {
                NodeId node = rated(f, nodes, List.of(NodeKind.VALIDATOR));
                double rate = f.number("rate");
                return f.build(() -> new Fault.DetectionRate(node, rate));
            }
            case "context-rot": {
                NodeId node = rated(f, nodes, List.of(NodeKind.AGENT, NodeKind.ORCHESTRATOR, NodeKind.PLANNER));
                double rate = f.number("rate");
                return f.build(() -> new Fault.ContextRot(node, rate));
            }
            default:
                throw f.error("type", "expected one of crash, tool-outage, outcome-rate, always-hands-off, "
                        + "planner-never-converges, concurrent-writers, hallucination-rate, detection-rate, "
                        + "context-rot, but found \"" + type + "\"");
        }
    }

    /** The node of a {@code {type, node, rate}} fault, which must be of one of {@code kinds}. */
    private static NodeId rated(JsonCursor f, Map<NodeId, NodeKind> nodes, List<NodeKind> kinds)
            throws SimulationFormatException {
        f.allowOnly(List.of("type", "node", "rate"));
        NodeId id = node(f, "node", nodes, null);
        if (!kinds.contains(nodes.get(id))) {
            List<String> names = kinds.stream().map(NodeKind::jsonName).toList();
            String expected = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
            throw f.error("node", "expected a " + expected + " node, but \"" + id + "\" is a "
                    + nodes.get(id).jsonName());
        }
        return id;
    }

    /** The node named at {@code key}, which must exist and, when {@code kind} is given, be of that kind. */
    private static NodeId node(JsonCursor f, String key, Map<NodeId, NodeKind> nodes, NodeKind kind)
            throws SimulationFormatException {
        NodeId id = SimulationSectionReader.nodeRef(f, key, f.text(key), nodes);
        if (kind != null && nodes.get(id) != kind) {
            throw f.error(key, "expected a " + kind.jsonName() + " node, but \"" + id + "\" is a "
                    + nodes.get(id).jsonName());
        }
        return id;
    }
}
