// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.core.CallPurpose;
import dev.baton.model.NodeId;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.DataContract;
import java.util.List;

/**
 * The JSON schema of the status envelope a node must answer with, built from its output contract and the nodes its
 * answer may name. Model adapters request it as structured output; the process adapter's command gets it in its
 * message. Tool calls are not in it: model APIs carry them natively.
 */
public final class EnvelopeSchema {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EnvelopeSchema() {}

    /** The envelope schema for a call of {@code purpose} to {@code node}. */
    public static ObjectNode of(NodeBinding node, CallPurpose purpose) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode props = schema.putObject("properties");
        ArrayNode status = props.putObject("status").put("type", "string").putArray("enum")
                .add("success").add("partial").add("failed");
        props.set("result", result(node.outputContract().orElse(null)));
        props.putObject("confidence").put("type", "number").put("minimum", 0).put("maximum", 1);
        props.putObject("reason").put("type", "string");
        if (purpose == CallPurpose.WORK && !node.handoffTargets().isEmpty()) {
            status.add("handoff");
            props.set("handoffTo", names(node.handoffTargets()));
        }
        List<NodeId> subtaskTargets = purpose == CallPurpose.PLAN || purpose == CallPurpose.REPLAN
                ? node.delegateTargets() : purpose == CallPurpose.REVIEW ? node.consultTargets() : List.of();
        if (!subtaskTargets.isEmpty()) {
            ObjectNode item = JSON.objectNode().put("type", "object");
            item.putObject("properties").<ObjectNode>set("to", names(subtaskTargets)).putObject("input");
            item.putArray("required").add("to");
            props.putObject("subtasks").put("type", "array").set("items", item);
        }
        if (!node.stores().isEmpty()) {
            ObjectNode item = JSON.objectNode().put("type", "object");
            ObjectNode p = item.putObject("properties");
            p.set("store", names(node.stores()));
            p.putObject("key").put("type", "string");
            p.putObject("value");
            item.putArray("required").add("store").add("key").add("value");
            props.putObject("writes").put("type", "array").set("items", item);
        }
        props.putObject("constraints").put("type", "array").putObject("items").put("type", "string");
        schema.putArray("required").add("status").add("result").add("confidence").add("reason");
        return schema;
    }

    private static ObjectNode result(DataContract contract) {
        if (contract == null || contract.fields().isEmpty()) {
            return JSON.objectNode();
        }
        ObjectNode out = JSON.objectNode().put("type", "object");
        ObjectNode props = out.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (ContractField f : contract.fields()) {
            ObjectNode p = props.putObject(f.name());
            String type = f.type().jsonName();
            if (!"any".equals(type)) {
                p.put("type", type);
            }
            if (f.required()) {
                required.add(f.name());
            }
        }
        if (!required.isEmpty()) {
            out.set("required", required);
        }
        return out;
    }

    private static ObjectNode names(List<NodeId> ids) {
        ObjectNode out = JSON.objectNode().put("type", "string");
        ArrayNode values = out.putArray("enum");
        ids.forEach(id -> values.add(id.value()));
        return out;
    }
}
