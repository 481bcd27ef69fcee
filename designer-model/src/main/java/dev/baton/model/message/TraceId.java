// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.message;

import dev.baton.model.Require;
import java.util.regex.Pattern;

/** A W3C/OpenTelemetry trace id: 32 lower-case hex digits, not all zero. */
public record TraceId(String value) {
    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");

    public TraceId {
        Require.nonNull("trace id", value);
        if (!HEX32.matcher(value).matches() || value.chars().allMatch(c -> c == '0')) {
            throw new IllegalArgumentException("trace id must be 32 lower-case hex digits, not all zero, but was \""
                    + value + "\"");
        }
    }

    /** A trace id from two 64-bit halves (for example drawn from a seeded stream). */
    public static TraceId of(long high, long low) {
        if (high == 0 && low == 0) {
            low = 1;
        }
        return new TraceId(String.format("%016x%016x", high, low));
    }

    @Override
    public String toString() {
        return value;
    }
}
