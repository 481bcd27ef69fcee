// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import dev.baton.model.format.DesignLoadException.Kind;
import dev.baton.model.format.JsonValue.Where;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The state of one load: the source name for messages, the warnings so far, and the typed readers that turn a
 * {@link JsonValue} into a Java value or fail with "expected X, but found Y" at the value's line, column and path.
 */
final class DecodeContext {
    /** A model constructor call whose {@link IllegalArgumentException} becomes a load error. */
    interface ModelCall<T> {
        T get() throws DesignLoadException;
    }

    private final String source;
    private final List<LoadWarning> warnings = new ArrayList<>();

    DecodeContext(String source) {
        this.source = source;
    }

    List<LoadWarning> warnings() {
        return warnings;
    }

    void warn(Where where, String message) {
        warnings.add(new LoadWarning(where.path(), message));
    }

    DesignLoadException fail(Kind kind, Where where, String expected, String found, String rule) {
        return fail(kind, where, expected, found, rule, null);
    }

    DesignLoadException fail(Kind kind, Where where, String expected, String found, String rule, Throwable cause) {
        return new DesignLoadException(kind, source, where.line(), where.column(), where.path(), expected, found, rule,
                cause);
    }

    /** A value of the wrong type or outside its range. */
    DesignLoadException wrong(JsonValue value, String expected) {
        return fail(Kind.CONTENT, value.where(), expected, describe(value), "");
    }

    /** A short description of a value for messages: strings quoted and cut at 40 characters. */
    static String describe(JsonValue value) {
        if (value instanceof JsonValue.Str) {
            return "\"" + JsonTreeReader.abbreviate(((JsonValue.Str) value).value()) + "\"";
        } else if (value instanceof JsonValue.Num) {
            return JsonTreeReader.abbreviate(((JsonValue.Num) value).text());
        } else if (value instanceof JsonValue.Bool) {
            return String.valueOf(((JsonValue.Bool) value).value());
        } else if (value instanceof JsonValue.Null) {
            return "null";
        } else if (value instanceof JsonValue.Obj) {
            return "an object";
        } else if (value instanceof JsonValue.Arr) {
            return "an array";
        }
        throw new AssertionError("unhandled " + value);
    }

    /** Runs a model constructor; its rule violation becomes an error at {@code value}. */
    <T> T model(JsonValue value, String expected, ModelCall<T> call) throws DesignLoadException {
        return model(value, expected, describe(value), call);
    }

    /** Like {@link #model(JsonValue, String, ModelCall)}, with {@code found} given (to keep secrets out). */
    <T> T model(JsonValue value, String expected, String found, ModelCall<T> call) throws DesignLoadException {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw fail(Kind.CONTENT, value.where(), expected, found, String.valueOf(e.getMessage()), e);
        }
    }

    Fields object(JsonValue value, String expected, String pointer, Map<String, String> extensions)
            throws DesignLoadException {
        if (!(value instanceof JsonValue.Obj)) {
            throw wrong(value, expected);
        }
        return new Fields(this, (JsonValue.Obj) value, pointer, extensions);
    }

    List<JsonValue> array(JsonValue value, String expected, int max) throws DesignLoadException {
        if (!(value instanceof JsonValue.Arr)) {
            throw wrong(value, expected);
        }
        List<JsonValue> elements = ((JsonValue.Arr) value).elements();
        if (elements.size() > max) {
            throw fail(Kind.LIMIT, elements.get(max).where(), "at most " + max + " elements in " + expected,
                    elements.size() + " elements", "");
        }
        return elements;
    }

    String string(JsonValue value) throws DesignLoadException {
        if (!(value instanceof JsonValue.Str)) {
            throw wrong(value, "a string");
        }
        return ((JsonValue.Str) value).value();
    }

    boolean bool(JsonValue value) throws DesignLoadException {
        if (!(value instanceof JsonValue.Bool)) {
            throw wrong(value, "true or false");
        }
        return ((JsonValue.Bool) value).value();
    }

    /** An integer in {@code [min, max]}. */
    long integer(JsonValue value, long min, long max) throws DesignLoadException {
        String expected = max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                ? "an integer >= " + min : "an integer between " + min + " and " + max;
        if (!(value instanceof JsonValue.Num) || !((JsonValue.Num) value).integral()) {
            throw wrong(value, expected);
        }
        BigInteger n = new BigInteger(((JsonValue.Num) value).text());
        if (n.compareTo(BigInteger.valueOf(min)) < 0) {
            throw wrong(value, expected);
        }
        if (n.compareTo(BigInteger.valueOf(max)) > 0) {
            throw fail(Kind.CONTENT, value.where(), expected, describe(value), "at most " + max);
        }
        return n.longValue();
    }

    int intValue(JsonValue value, int min) throws DesignLoadException {
        return (int) integer(value, min, Integer.MAX_VALUE);
    }

    /** Any JSON number as an exact decimal. */
    BigDecimal decimal(JsonValue value, String expected) throws DesignLoadException {
        if (!(value instanceof JsonValue.Num)) {
            throw wrong(value, expected);
        }
        BigDecimal d;
        try {
            d = new BigDecimal(((JsonValue.Num) value).text());
        } catch (NumberFormatException e) {
            // Valid JSON, but an exponent beyond what any decimal can hold (found by fuzzing: 1e99999999999).
            throw fail(Kind.LIMIT, value.where(), "a number whose exponent fits in 9 digits", "a larger exponent", "");
        }
        if (Numbers.tooLong(d)) {
            throw fail(Kind.LIMIT, value.where(), "a number of at most " + Limits.MAX_NUMBER_DIGITS + " digits",
                    "a longer one", "");
        }
        return d;
    }

    /** A number in {@code [min, max]}, as a double. */
    double number(JsonValue value, double min, double max) throws DesignLoadException {
        String expected = min == -Double.MAX_VALUE ? "a number"
                : max == Double.MAX_VALUE ? "a number >= " + Numbers.format(min)
                : "a number between " + Numbers.format(min) + " and " + Numbers.format(max);
        double d = decimal(value, expected).doubleValue();
        if (!(d >= min && d <= max)) {
            throw wrong(value, expected);
        }
        return d;
    }

    /** A finite number (canvas coordinates). */
    double finite(JsonValue value) throws DesignLoadException {
        return number(value, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    Duration duration(JsonValue value) throws DesignLoadException {
        String expected = "a duration such as \"750ms\", \"30s\", \"5m\" or \"2h\"";
        if (!(value instanceof JsonValue.Str)) {
            throw wrong(value, expected);
        }
        try {
            return Durations.parse(((JsonValue.Str) value).value());
        } catch (IllegalArgumentException e) {
            throw fail(Kind.CONTENT, value.where(), expected, describe(value), e.getMessage(), e);
        }
    }

    NodeId nodeId(JsonValue value) throws DesignLoadException {
        String text = string(value);
        return model(value, "a node id", () -> new NodeId(text));
    }

    EdgeId edgeId(JsonValue value) throws DesignLoadException {
        String text = string(value);
        return model(value, "an edge id", () -> new EdgeId(text));
    }

    /** A duration that must be longer than zero (most are; retry backoff and reply latency may be zero). */
    Duration positiveDuration(JsonValue value) throws DesignLoadException {
        Duration d = duration(value);
        if (d.isZero()) {
            throw wrong(value, "a positive duration such as \"750ms\", \"30s\", \"5m\" or \"2h\"");
        }
        return d;
    }

    /** One of an enum's JSON names. */
    <E extends Enum<E>> E enumValue(JsonValue value, E[] values, Function<E, String> jsonName)
            throws DesignLoadException {
        StringJoiner allowed = new StringJoiner(", ", "one of ", "");
        for (E e : values) {
            allowed.add(jsonName.apply(e));
        }
        if (value instanceof JsonValue.Str) {
            String text = ((JsonValue.Str) value).value();
            for (E e : values) {
                if (jsonName.apply(e).equals(text)) {
                    return e;
                }
            }
        }
        throw wrong(value, allowed.toString());
    }
}
