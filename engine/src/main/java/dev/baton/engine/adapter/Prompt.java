// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.CallPurpose;
import dev.baton.engine.core.SubtaskOutcome;
import dev.baton.model.message.Constraint;

/**
 * The two texts every adapter sends: the system text (the node's instructions, its role and how to answer) and
 * the message (the call as JSON: purpose, input, constraints, outcomes). The process adapter sends the message
 * object itself.
 */
public record Prompt(String system, ObjectNode message) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The prompt for {@code call} to {@code node}. */
    public static Prompt of(NodeBinding node, AgentCall call) {
        StringBuilder system = new StringBuilder();
        String instructions = node.invocation().instructions();
        if (!instructions.isEmpty()) {
            system.append(instructions).append("\n\n");
        }
        if (!node.role().isEmpty()) {
            system.append("Your role: ").append(node.role()).append("\n\n");
        }
        system.append("You are node \"").append(node.id().value()).append("\" of a multi-agent workflow. ")
                .append(task(call.purpose())).append(" Answer with one JSON object only, a status envelope: ")
                .append("\"status\" (success, partial, failed or handoff), \"result\", \"confidence\" (0 to 1) and ")
                .append("\"reason\". The message you get is JSON.");
        for (Constraint c : call.promptConstraints()) {
            system.append("\nConstraint ").append(c.id()).append(": ").append(c.text())
                    .append(" (list its id in \"constraints\" if your answer keeps it)");
        }
        return new Prompt(system.toString(), message(node, call));
    }

    /** The message as compact JSON text. */
    public String messageText() {
        return message.toString();
    }

    private static ObjectNode message(NodeBinding node, AgentCall call) {
        ObjectNode m = JSON.createObjectNode();
        m.put("node", node.id().value());
        m.put("purpose", call.purpose().name().toLowerCase(java.util.Locale.ROOT));
        m.put("attempt", call.attempt());
        m.put("hop", call.hop());
        m.put("trust", call.trust().jsonName());
        m.set("input", call.input() == null ? null : JSON.valueToTree(call.input()));
        if (!call.constraints().isEmpty()) {
            ArrayNode list = m.putArray("constraints");
            for (Constraint c : call.constraints()) {
                list.addObject().put("id", c.id()).put("text", c.text()).put("hard", c.hard());
            }
        }
        if (!call.outcomes().isEmpty()) {
            ArrayNode list = m.putArray("outcomes");
            for (SubtaskOutcome o : call.outcomes()) {
                ObjectNode item = list.addObject();
                item.put("node", o.node().value()).put("status", o.status().jsonName())
                        .put("confidence", o.confidence()).put("reason", o.reason());
                item.set("result", o.result() == null ? null : asJson(o.result()));
            }
        }
        return m;
    }

    private static JsonNode asJson(Object value) {
        return value instanceof JsonNode ? (JsonNode) value : JSON.valueToTree(value);
    }

    private static String task(CallPurpose purpose) {
        if (purpose == CallPurpose.PLAN) {
            return "Split the task into subtasks for your workers (\"subtasks\": [{\"to\", \"input\"}]).";
        } else if (purpose == CallPurpose.REPLAN) {
            return "Some subtasks failed (see \"outcomes\"); plan again (\"subtasks\").";
        } else if (purpose == CallPurpose.SYNTHESIZE) {
            return "Combine the subtasks' outcomes into the task's result.";
        } else if (purpose == CallPurpose.REVIEW) {
            return "Review the outcomes so far; name the specialists to consult next in \"subtasks\", or none when "
                    + "the work is complete.";
        } else if (purpose == CallPurpose.VALIDATE) {
            return "Check the input; answer success to pass it, failed to reject it with the reason.";
        } else if (purpose == CallPurpose.WORK || purpose == CallPurpose.CONSULT || purpose == CallPurpose.TOOL) {
            return "Do the task in the input.";
        }
        throw new AssertionError("unhandled " + purpose);
    }
}
