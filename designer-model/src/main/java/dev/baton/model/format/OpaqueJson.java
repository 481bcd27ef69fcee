// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Free JSON inside a design (example inputs, scripted results, fields of a newer version): converted to Jackson
 * trees the same way {@code ObjectMapper.readTree} would (ints, longs, doubles), so that a design built in code
 * and the same design loaded from its file are equal. Numbers a double cannot hold exactly stay exact decimals.
 */
final class OpaqueJson {
    private OpaqueJson() {}

    static JsonNode toNode(JsonValue value, DecodeContext ctx) throws DesignLoadException {
        if (value instanceof JsonValue.Obj) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonValue> m : ((JsonValue.Obj) value).members().entrySet()) {
                node.set(m.getKey(), toNode(m.getValue(), ctx));
            }
            return node;
        } else if (value instanceof JsonValue.Arr) {
            ArrayNode node = JsonNodeFactory.instance.arrayNode();
            for (JsonValue e : ((JsonValue.Arr) value).elements()) {
                node.add(toNode(e, ctx));
            }
            return node;
        } else if (value instanceof JsonValue.Str) {
            return TextNode.valueOf(((JsonValue.Str) value).value());
        } else if (value instanceof JsonValue.Num) {
            return number((JsonValue.Num) value, ctx);
        } else if (value instanceof JsonValue.Bool) {
            return BooleanNode.valueOf(((JsonValue.Bool) value).value());
        } else if (value instanceof JsonValue.Null) {
            return NullNode.getInstance();
        }
        throw new AssertionError("unhandled " + value);
    }

    private static JsonNode number(JsonValue.Num num, DecodeContext ctx) throws DesignLoadException {
        if (num.integral()) {
            BigInteger n = new BigInteger(num.text());
            if (n.bitLength() < 32) {
                return IntNode.valueOf(n.intValue());
            }
            return n.bitLength() < 64 ? LongNode.valueOf(n.longValue()) : BigIntegerNode.valueOf(n);
        }
        BigDecimal exact = ctx.decimal(num, "a number");
        double d = exact.doubleValue();
        if (Double.isFinite(d) && BigDecimal.valueOf(d).compareTo(exact) == 0) {
            return DoubleNode.valueOf(d == 0.0 ? 0.0 : d); // no -0.0: it would be written as 0.0
        }
        return DecimalNode.valueOf(exact.stripTrailingZeros());
    }

    /** The canonical compact text of a value, as kept in {@code Extensions}. */
    static String canonical(JsonValue value, DecodeContext ctx) throws DesignLoadException {
        JsonTextWriter w = JsonTextWriter.compact();
        w.node(toNode(value, ctx));
        return w.text();
    }

    /** Parses JSON text held in {@code Extensions}; fails with {@link IllegalArgumentException} if it is broken. */
    static JsonNode parse(String text, String what) {
        DecodeContext ctx = new DecodeContext(what);
        try {
            return toNode(JsonTreeReader.read(text, ctx), ctx);
        } catch (DesignLoadException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
