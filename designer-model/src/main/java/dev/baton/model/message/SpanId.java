// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.message;

import dev.baton.model.Require;
import java.util.regex.Pattern;

/** A W3C/OpenTelemetry span id: 16 lower-case hex digits, not all zero. */
public record SpanId(String value) {
    private static final Pattern HEX16 = Pattern.compile("[0-9a-f]{16}");

    public SpanId {
        Require.nonNull("span id", value);
        if (!HEX16.matcher(value).matches() || value.chars().allMatch(c -> c == '0')) {
            throw new IllegalArgumentException("span id must be 16 lower-case hex digits, not all zero, but was \""
                    + value + "\"");
        }
    }

    public static SpanId of(long bits) {
        return new SpanId(String.format("%016x", bits == 0 ? 1 : bits));
    }

    @Override
    public String toString() {
        return value;
    }
}
