// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON-Schema validator for the subset the OpenAI OpenAPI document and our OTLP schema use: type (one or a
 * list), nullable, enum, const, properties, required, additionalProperties, items, minItems, maxItems, minimum,
 * maximum, pattern, anyOf, oneOf, allOf and local $ref ({@code #/...}). Other keywords are ignored.
 */
public final class JsonSchemaValidator {
    private final JsonNode root;

    /** A validator resolving {@code $ref}s inside {@code root}. */
    public JsonSchemaValidator(JsonNode root) {
        this.root = root;
    }

    /** The violations of {@code value} against the schema at JSON pointer {@code schemaPointer}; empty = valid. */
    public List<String> validate(JsonNode value, String schemaPointer) {
        List<String> errors = new ArrayList<>();
        check(value, resolve(schemaPointer), "$", errors, 0);
        return errors;
    }

    private JsonNode resolve(String pointer) {
        JsonNode s = root.at(pointer.startsWith("#") ? pointer.substring(1) : pointer);
        if (s.isMissingNode()) {
            throw new IllegalArgumentException("no schema at " + pointer);
        }
        return s;
    }

    private void check(JsonNode v, JsonNode s, String at, List<String> errors, int depth) {
        if (depth > 200) {
            throw new IllegalStateException("schema recursion too deep at " + at);
        }
        if (s.isBoolean()) {
            if (!s.asBoolean()) {
                errors.add(at + ": no value allowed");
            }
            return;
        }
        if (s.has("$ref")) {
            check(v, resolve(s.get("$ref").asText()), at, errors, depth + 1);
        }
        if (v.isNull() && s.path("nullable").asBoolean(false)) {
            return;
        }
        if (s.has("type") && !typeMatches(v, s.get("type"))) {
            errors.add(at + ": expected type " + s.get("type") + ", but was " + v.getNodeType());
            return;
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                found |= e.equals(v) || v.isNumber() && e.isNumber() && e.decimalValue().compareTo(v.decimalValue()) == 0;
            }
            if (!found && !(v.isNull() && containsNull(s.get("enum")))) {
                errors.add(at + ": " + v + " is not one of " + s.get("enum"));
            }
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            errors.add(at + ": expected " + s.get("const") + ", but was " + v);
        }
        if (v.isNumber()) {
            if (s.has("minimum") && v.asDouble() < s.get("minimum").asDouble()) {
                errors.add(at + ": " + v + " is below " + s.get("minimum"));
            }
            if (s.has("maximum") && v.asDouble() > s.get("maximum").asDouble()) {
                errors.add(at + ": " + v + " is above " + s.get("maximum"));
            }
        }
        if (v.isTextual() && s.has("pattern") && !java.util.regex.Pattern.compile(s.get("pattern").asText())
                .matcher(v.asText()).find()) {
            errors.add(at + ": \"" + v.asText() + "\" does not match " + s.get("pattern").asText());
        }
        if (v.isObject()) {
            object(v, s, at, errors, depth);
        }
        if (v.isArray()) {
            if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
                errors.add(at + ": fewer than " + s.get("minItems") + " items");
            }
            if (s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
                errors.add(at + ": more than " + s.get("maxItems") + " items");
            }
            if (s.has("items")) {
                for (int i = 0; i < v.size(); i++) {
                    check(v.get(i), s.get("items"), at + "[" + i + "]", errors, depth + 1);
                }
            }
        }
        if (s.has("allOf")) {
            for (JsonNode sub : s.get("allOf")) {
                check(v, sub, at, errors, depth + 1);
            }
        }
        if (s.has("anyOf") && count(v, s.get("anyOf"), at, depth) == 0) {
            errors.add(at + ": matches none of anyOf " + firstErrors(v, s.get("anyOf"), at, depth));
        }
        if (s.has("oneOf")) {
            int n = count(v, s.get("oneOf"), at, depth);
            if (n != 1) {
                errors.add(at + ": matches " + n + " of oneOf (exactly one required) "
                        + (n == 0 ? firstErrors(v, s.get("oneOf"), at, depth) : ""));
            }
        }
    }

    private void object(JsonNode v, JsonNode s, String at, List<String> errors, int depth) {
        for (JsonNode r : s.path("required")) {
            if (!v.has(r.asText())) {
                errors.add(at + ": missing required property \"" + r.asText() + "\"");
            }
        }
        JsonNode props = s.path("properties");
        JsonNode additional = s.get("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String path = at + "." + f.getKey();
            if (props.has(f.getKey())) {
                check(f.getValue(), props.get(f.getKey()), path, errors, depth + 1);
            } else if (additional != null) {
                if (additional.isBoolean() && !additional.asBoolean()) {
                    errors.add(path + ": property not allowed");
                } else if (additional.isObject()) {
                    check(f.getValue(), additional, path, errors, depth + 1);
                }
            }
        }
    }

    private int count(JsonNode v, JsonNode alternatives, String at, int depth) {
        int n = 0;
        for (JsonNode sub : alternatives) {
            List<String> e = new ArrayList<>();
            check(v, sub, at, e, depth + 1);
            n += e.isEmpty() ? 1 : 0;
        }
        return n;
    }

    private List<String> firstErrors(JsonNode v, JsonNode alternatives, String at, int depth) {
        List<String> all = new ArrayList<>();
        for (JsonNode sub : alternatives) {
            List<String> e = new ArrayList<>();
            check(v, sub, at, e, depth + 1);
            if (!e.isEmpty()) {
                all.add(e.get(0));
            }
        }
        return all;
    }

    private static boolean containsNull(JsonNode values) {
        for (JsonNode e : values) {
            if (e.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static boolean typeMatches(JsonNode v, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(v, t)) {
                    return true;
                }
            }
            return false;
        }
        switch (type.asText()) {
            case "object": return v.isObject();
            case "array": return v.isArray();
            case "string": return v.isTextual();
            case "integer": return v.isIntegralNumber() || v.isNumber() && v.asDouble() == Math.rint(v.asDouble());
            case "number": return v.isNumber();
            case "boolean": return v.isBoolean();
            case "null": return v.isNull();
            default: throw new IllegalArgumentException("unknown schema type " + type);
        }
    }
}
