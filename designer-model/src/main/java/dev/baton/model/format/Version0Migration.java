// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Version 0 (pre-release) to version 1: the task policy was called {@code intake}, and durations were integer
 * milliseconds in keys ending in {@code Ms} ({@code "timeoutMs": 30000} is now {@code "timeout": "30s"}).
 */
final class Version0Migration implements FormatMigration {
    /** The duration keys of version 0; other keys ending in "Ms" (unknown fields) are left alone. */
    private static final Set<String> MILLISECOND_KEYS = Set.of("wallClockTimeoutMs", "openDurationMs", "timeoutMs",
            "backoffMs", "responseDeadlineMs", "latencyMs");
    /** Free JSON whose keys are user data and must not be rewritten. */
    private static final Set<String> OPAQUE_KEYS = Set.of("exampleInput", "result");

    @Override
    public int fromVersion() {
        return 0;
    }

    @Override
    public JsonValue.Obj migrate(JsonValue.Obj root, DecodeContext ctx) throws DesignLoadException {
        if (root.members().containsKey("intake") && root.members().containsKey("policy")) {
            throw ctx.wrong(root.members().get("policy"), "only \"intake\" in a version 0 file (\"policy\" is its "
                    + "version 1 name)");
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> m : root.members().entrySet()) {
            String key = m.getKey().equals("intake") ? "policy" : m.getKey();
            members.put(key, rewrite(m.getValue(), ctx));
        }
        return new JsonValue.Obj(root.where(), members);
    }

    private JsonValue rewrite(JsonValue value, DecodeContext ctx) throws DesignLoadException {
        if (value instanceof JsonValue.Arr) {
            List<JsonValue> elements = new ArrayList<>();
            for (JsonValue e : ((JsonValue.Arr) value).elements()) {
                elements.add(rewrite(e, ctx));
            }
            return new JsonValue.Arr(value.where(), elements);
        }
        if (!(value instanceof JsonValue.Obj)) {
            return value;
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> m : ((JsonValue.Obj) value).members().entrySet()) {
            String key = m.getKey();
            JsonValue v = m.getValue();
            if (OPAQUE_KEYS.contains(key)) {
                members.put(key, v);
            } else if (MILLISECOND_KEYS.contains(key)) {
                String newKey = key.substring(0, key.length() - 2);
                if (((JsonValue.Obj) value).members().containsKey(newKey)) {
                    throw ctx.wrong(v, "either \"" + key + "\" or \"" + newKey + "\", not both");
                }
                members.put(newKey, new JsonValue.Str(v.where(), milliseconds(v, ctx) + "ms"));
            } else {
                members.put(key, rewrite(v, ctx));
            }
        }
        return new JsonValue.Obj(value.where(), members);
    }

    private static long milliseconds(JsonValue v, DecodeContext ctx) throws DesignLoadException {
        String expected = "a whole number of milliseconds >= 0";
        if (!(v instanceof JsonValue.Num) || !((JsonValue.Num) v).integral()) {
            throw ctx.wrong(v, expected);
        }
        BigInteger n = new BigInteger(((JsonValue.Num) v).text());
        // Above this the duration in nanoseconds would not fit in a long (292 years).
        if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(Long.MAX_VALUE / 1_000_000)) > 0) {
            throw ctx.wrong(v, expected);
        }
        return n.longValue();
    }
}
