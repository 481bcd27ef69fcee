// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.model.NodeId;

/** Writes fault plans; the key order matches what {@link FaultPlanReader} accepts. */
final class FaultPlanWriter {
    private FaultPlanWriter() {}

    static ObjectNode plan(FaultPlan plan) {
        ObjectNode o = SimulationSectionWriter.nodes().objectNode();
        o.put("name", plan.name());
        if (!plan.description().isEmpty()) {
            o.put("description", plan.description());
        }
        ArrayNode faults = o.putArray("faults");
        for (Fault f : plan.faults()) {
            faults.add(fault(f));
        }
        return o;
    }

    private static ObjectNode fault(Fault f) {
        ObjectNode o = SimulationSectionWriter.nodes().objectNode();
        if (f instanceof Fault.Crash) {
            o.put("type", "crash");
            o.put("node", f.node().value());
            o.put("at", DurationText.format(((Fault.Crash) f).at()));
        } else if (f instanceof Fault.ToolOutage) {
            o.put("type", "tool-outage");
            o.put("node", f.node().value());
            SimulationSectionWriter.window(o, ((Fault.ToolOutage) f).window());
        } else if (f instanceof Fault.OutcomeRate) {
            Fault.OutcomeRate r = (Fault.OutcomeRate) f;
            o.put("type", "outcome-rate");
            o.put("node", f.node().value());
            o.put("outcome", r.outcome().jsonName());
            o.set("rate", SimulationSectionWriter.number(r.rate()));
        } else if (f instanceof Fault.AlwaysHandsOff) {
            o.put("type", "always-hands-off");
            o.put("node", f.node().value());
        } else if (f instanceof Fault.PlannerNeverConverges) {
            o.put("type", "planner-never-converges");
            o.put("node", f.node().value());
        } else if (f instanceof Fault.HallucinationRate) {
            rated(o, "hallucination-rate", f, ((Fault.HallucinationRate) f).rate());
        } else if (f instanceof Fault.DetectionRate) {
            rated(o, "detection-rate", f, ((Fault.DetectionRate) f).rate());
        } else if (f instanceof Fault.ContextRot) {
            rated(o, "context-rot", f, ((Fault.ContextRot) f).rate());
        } else if (f instanceof Fault.ConcurrentWriters) {
            Fault.ConcurrentWriters c = (Fault.ConcurrentWriters) f;
            o.put("type", "concurrent-writers");
            o.put("node", f.node().value());
            o.put("key", c.key());
            ArrayNode writers = o.putArray("writers");
            for (NodeId w : c.writers()) {
                writers.add(w.value());
            }
        } else {
            throw new AssertionError("unhandled fault " + f);
        }
        return o;
    }

    private static void rated(ObjectNode o, String type, Fault f, double rate) {
        o.put("type", type);
        o.put("node", f.node().value());
        o.set("rate", SimulationSectionWriter.number(rate));
    }
}
