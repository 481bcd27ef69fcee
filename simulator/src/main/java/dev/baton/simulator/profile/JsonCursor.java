// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON object being read, with its JSONPath, so that every error names where it is. Optional keys take a
 * fallback (the node kind's default), which is what lets a user save only the fields they tuned.
 */
final class JsonCursor {
    private final JsonNode node;
    private final String path;

    private JsonCursor(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonCursor root(JsonNode node) throws SimulationFormatException {
        return object(node, "$");
    }

    private static JsonCursor object(JsonNode node, String path) throws SimulationFormatException {
        if (!node.isObject()) {
            throw new SimulationFormatException(path, "expected an object, but found " + describe(node), null);
        }
        return new JsonCursor(node, path);
    }

    String path() {
        return path;
    }

    String childPath(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\])?") ? path + "." + key : path + "[\"" + key + "\"]";
    }

    /** Rejects keys other than {@code allowed}, so a typo ("latncy") is an error rather than silently ignored. */
    void allowOnly(List<String> allowed) throws SimulationFormatException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new SimulationFormatException(childPath(name),
                        "expected one of the keys " + allowed + ", but found unknown key \"" + name + "\"", null);
            }
        }
    }

    boolean has(String key) {
        return node.has(key);
    }

    JsonCursor object(String key) throws SimulationFormatException {
        return object(required(key), childPath(key));
    }

    /** The fields of this object in file order, each as (key, cursor-or-value path). */
    List<Map.Entry<String, JsonNode>> fields() {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }

    JsonCursor objectField(Map.Entry<String, JsonNode> field) throws SimulationFormatException {
        return object(field.getValue(), childPath(field.getKey()));
    }

    List<JsonCursor> objects(String key) throws SimulationFormatException {
        JsonNode array = array(key);
        List<JsonCursor> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(object(array.get(i), childPath(key) + "[" + i + "]"));
        }
        return out;
    }

    List<String> texts(String key) throws SimulationFormatException {
        JsonNode array = array(key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode v = array.get(i);
            if (!v.isTextual()) {
                throw new SimulationFormatException(childPath(key) + "[" + i + "]",
                        "expected a string, but found " + describe(v), null);
            }
            out.add(v.textValue());
        }
        return out;
    }

    String text(String key) throws SimulationFormatException {
        JsonNode v = required(key);
        if (!v.isTextual()) {
            throw new SimulationFormatException(childPath(key), "expected a string, but found " + describe(v), null);
        }
        return v.textValue();
    }

    String text(String key, String fallback) throws SimulationFormatException {
        return has(key) ? text(key) : fallback;
    }

    double number(String key, double fallback) throws SimulationFormatException {
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isNumber()) {
            throw new SimulationFormatException(childPath(key), "expected a number, but found " + describe(v), null);
        }
        return v.doubleValue();
    }

    double number(String key) throws SimulationFormatException {
        required(key);
        return number(key, Double.NaN);
    }

    long integer(String key, long fallback) throws SimulationFormatException {
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new SimulationFormatException(childPath(key), "expected an integer, but found " + describe(v), null);
        }
        return v.longValue();
    }

    long integer(String key) throws SimulationFormatException {
        required(key);
        return integer(key, 0);
    }

    Duration duration(String key, Duration fallback) throws SimulationFormatException {
        return has(key) ? duration(key) : fallback;
    }

    Duration duration(String key) throws SimulationFormatException {
        String text = text(key);
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SimulationFormatException(childPath(key), "expected a duration, but found " + e.getMessage(), e);
        }
    }

    /** Runs a record constructor and reports its rule violation at this object's path. */
    <T> T build(Construction<T> construction) throws SimulationFormatException {
        try {
            return construction.get();
        } catch (IllegalArgumentException e) {
            throw new SimulationFormatException(path, "invalid value (" + e.getMessage() + ")", e);
        }
    }

    SimulationFormatException error(String key, String problem) {
        return new SimulationFormatException(childPath(key), problem, null);
    }

    private JsonNode array(String key) throws SimulationFormatException {
        JsonNode array = required(key);
        if (!array.isArray()) {
            throw new SimulationFormatException(childPath(key), "expected an array, but found " + describe(array), null);
        }
        return array;
    }

    private JsonNode required(String key) throws SimulationFormatException {
        JsonNode v = node.get(key);
        if (v == null) {
            throw new SimulationFormatException(childPath(key), "expected a value, but the key is missing", null);
        }
        return v;
    }

    private static String describe(JsonNode v) {
        String text = v.toString();
        String kind = v.isTextual() ? "string " : v.isNumber() ? "number " : v.isBoolean() ? "boolean " : v.isNull()
                ? "" : v.isArray() ? "array " : "object ";
        return kind + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    /** A constructor call that may reject its arguments. */
    @FunctionalInterface
    interface Construction<T> {
        T get();
    }
}
