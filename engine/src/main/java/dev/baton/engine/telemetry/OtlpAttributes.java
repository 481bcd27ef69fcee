// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.telemetry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Appends OTLP {@code KeyValue}s to an attribute array in the protobuf JSON mapping: int64 values are strings,
 * doubles are numbers. Empty strings are skipped (an absent attribute says the same with less noise).
 */
final class OtlpAttributes {
    private final ArrayNode array;

    OtlpAttributes(ArrayNode array) {
        this.array = array;
    }

    OtlpAttributes text(String key, String value) {
        if (value != null && !value.isEmpty()) {
            array.addObject().put("key", key).putObject("value").put("stringValue", value);
        }
        return this;
    }

    OtlpAttributes integer(String key, long value) {
        array.addObject().put("key", key).putObject("value").put("intValue", Long.toString(value));
        return this;
    }

    OtlpAttributes decimal(String key, double value) {
        array.addObject().put("key", key).putObject("value").put("doubleValue", value);
        return this;
    }

    OtlpAttributes bool(String key, boolean value) {
        array.addObject().put("key", key).putObject("value").put("boolValue", value);
        return this;
    }

    /** A string array; an empty list is skipped. */
    OtlpAttributes texts(String key, Iterable<String> values) {
        ArrayNode items = null;
        for (String v : values) {
            if (items == null) {
                items = array.addObject().put("key", key).putObject("value").putObject("arrayValue")
                        .putArray("values");
            }
            items.addObject().put("stringValue", v);
        }
        return this;
    }

    static OtlpAttributes on(ObjectNode owner) {
        return new OtlpAttributes(owner.putArray("attributes"));
    }
}
