// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Writes JSON text in the canonical layout: two-space indentation, one member or element per line,
 * {@code "key": value}, empty containers as {@code {}} and {@code []}, LF line ends, a final newline. The compact
 * variant writes the same tokens without any whitespace. Not threadsafe.
 */
final class JsonTextWriter {
    private static final class Frame {
        int count;
        final Set<String> names = new HashSet<>();
    }

    private final StringBuilder out = new StringBuilder(4096);
    private final boolean pretty;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private boolean afterName;

    private JsonTextWriter(boolean pretty) {
        this.pretty = pretty;
    }

    static JsonTextWriter pretty() {
        return new JsonTextWriter(true);
    }

    static JsonTextWriter compact() {
        return new JsonTextWriter(false);
    }

    /** The text so far; a pretty document ends with a newline. */
    String text() {
        if (!stack.isEmpty()) {
            throw new IllegalStateException("unclosed object or array");
        }
        return pretty ? out + "\n" : out.toString();
    }

    void beginObject() {
        beforeValue();
        out.append('{');
        stack.push(new Frame());
    }

    void endObject() {
        end('}');
    }

    void beginArray() {
        beforeValue();
        out.append('[');
        stack.push(new Frame());
    }

    void endArray() {
        end(']');
    }

    private void end(char close) {
        Frame f = stack.pop();
        if (f.count > 0) {
            newline();
        }
        out.append(close);
    }

    /** Starts a member of the current object. */
    void name(String name) {
        Frame f = stack.peek();
        if (f == null || afterName) {
            throw new IllegalStateException("a member name must follow an object start or a value");
        }
        if (!f.names.add(name)) {
            throw new IllegalStateException("key \"" + name + "\" written twice");
        }
        separate(f);
        quote(name);
        out.append(pretty ? ": " : ":");
        afterName = true;
    }

    /** Whether the current object already has a member {@code name}. */
    boolean hasName(String name) {
        Frame f = stack.peek();
        return f != null && f.names.contains(name);
    }

    void string(String value) {
        beforeValue();
        quote(value);
    }

    /** A number already in canonical text. */
    void number(String canonical) {
        beforeValue();
        out.append(canonical);
    }

    void number(long value) {
        number(Long.toString(value));
    }

    void bool(boolean value) {
        beforeValue();
        out.append(value);
    }

    void nullValue() {
        beforeValue();
        out.append("null");
    }

    void field(String name, String value) {
        name(name);
        string(value);
    }

    void field(String name, long value) {
        name(name);
        number(value);
    }

    void field(String name, boolean value) {
        name(name);
        bool(value);
    }

    void numberField(String name, String canonical) {
        name(name);
        number(canonical);
    }

    /** Free JSON, with numbers in canonical form; object members in the node's order. */
    void node(JsonNode node) {
        if (node.isObject()) {
            beginObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> m = it.next();
                name(m.getKey());
                node(m.getValue());
            }
            endObject();
        } else if (node.isArray()) {
            beginArray();
            for (JsonNode e : node) {
                node(e);
            }
            endArray();
        } else if (node.isTextual()) {
            string(node.textValue());
        } else if (node.isIntegralNumber()) {
            number(node.bigIntegerValue().toString());
        } else if (node.isBigDecimal()) {
            number(Numbers.format(node.decimalValue()));
        } else if (node.isNumber()) {
            number(Numbers.formatFloating(node.doubleValue()));
        } else if (node.isBoolean()) {
            bool(node.booleanValue());
        } else if (node.isNull()) {
            nullValue();
        } else {
            throw new IllegalArgumentException("a design file cannot hold a JSON node of type " + node.getNodeType());
        }
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        Frame f = stack.peek();
        if (f != null) {
            separate(f);
        } else if (out.length() > 0) {
            throw new IllegalStateException("a JSON document has one root value");
        }
    }

    private void separate(Frame f) {
        if (f.count++ > 0) {
            out.append(',');
        }
        newline();
    }

    private void newline() {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < stack.size(); i++) {
                out.append("  ");
            }
        }
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || isLoneSurrogate(s, i)) {
                        // A lone surrogate cannot be encoded as UTF-8; the escape keeps it exactly.
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
