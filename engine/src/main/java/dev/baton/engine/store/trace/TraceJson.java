// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.model.message.Constraint;
import java.util.List;
import java.util.Optional;

/** Turns the objects a run traces into the JSON text the store keeps. */
final class TraceJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TraceJson() {}

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Any payload or result as JSON text; null becomes {@code null}. */
    static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // A node produced something Jackson cannot write; keep what it says about itself rather than lose it.
            return JSON.getNodeFactory().textNode(String.valueOf(value)).toString();
        }
    }

    static Optional<String> optionalText(Object value) {
        return value == null ? Optional.empty() : Optional.of(text(value));
    }

    /** Typed constraints, then prose-only ones marked {@code "prose": true}. */
    static String constraints(List<Constraint> typed, List<Constraint> prose) {
        ArrayNode array = JSON.createArrayNode();
        for (Constraint c : typed) {
            array.addObject().put("id", c.id()).put("text", c.text()).put("hard", c.hard());
        }
        for (Constraint c : prose) {
            array.addObject().put("id", c.id()).put("text", c.text()).put("hard", c.hard()).put("prose", true);
        }
        return array.toString();
    }
}
