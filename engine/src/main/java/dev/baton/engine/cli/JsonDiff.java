// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The difference between two JSON states of a store record, as lines a person reads: {@code ~ key: old -> new},
 * {@code + key: value}, {@code - key: value}. Objects are compared field by field at the top level; anything
 * else is shown whole.
 */
final class JsonDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDiff() {}

    static List<String> lines(Optional<String> before, Optional<String> after) {
        Optional<JsonNode> b = before.map(JsonDiff::parse);
        Optional<JsonNode> a = after.map(JsonDiff::parse);
        List<String> lines = new ArrayList<>();
        if (b.isPresent() && a.isPresent() && b.get().isObject() && a.get().isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            b.get().fieldNames().forEachRemaining(keys::add);
            a.get().fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode old = b.get().get(key);
                JsonNode now = a.get().get(key);
                if (old == null) {
                    lines.add("+ " + key + ": " + now);
                } else if (now == null) {
                    lines.add("- " + key + ": " + old);
                } else if (!old.equals(now)) {
                    lines.add("~ " + key + ": " + old + " -> " + now);
                }
            }
            return lines;
        }
        lines.add("- " + b.map(JsonNode::toString).orElse("(absent)"));
        lines.add("+ " + a.map(JsonNode::toString).orElse("(absent)"));
        return lines;
    }

    /** The ids of a constraints array, or the raw text if it is not one. */
    static List<String> constraintIds(String constraintsJson) {
        JsonNode node = parse(constraintsJson);
        List<String> ids = new ArrayList<>();
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode c = it.next();
            ids.add(c.has("id") ? c.get("id").asText() : c.toString());
        }
        return ids;
    }

    /** A field of a JSON object, if the text is one and has it. */
    static Optional<JsonNode> field(String json, String name) {
        JsonNode node = parse(json);
        return Optional.ofNullable(node.get(name));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // Stored text that is not JSON is shown as a string rather than hidden.
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
