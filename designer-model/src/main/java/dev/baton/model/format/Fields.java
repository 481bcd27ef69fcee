// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.format.DesignLoadException.Kind;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * One JSON object being decoded: hands out its members by key, remembers which keys were read, and at
 * {@link #finish()} keeps every key nobody read as an extension of the owning design, node or edge (with a
 * warning), so that a file from a newer Baton loses nothing when saved again.
 */
final class Fields {
    private final DecodeContext ctx;
    private final JsonValue.Obj object;
    private final String pointer;
    private final Map<String, String> extensions;
    private final Set<String> read = new HashSet<>();

    Fields(DecodeContext ctx, JsonValue.Obj object, String pointer, Map<String, String> extensions) {
        this.ctx = ctx;
        this.object = object;
        this.pointer = pointer;
        this.extensions = extensions;
    }

    JsonValue.Obj object() {
        return object;
    }

    /** The JSON Pointer of member {@code key}, relative to the owner of the extensions. */
    String pointer(String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The member, or null when absent. */
    JsonValue opt(String key) {
        read.add(key);
        return object.members().get(key);
    }

    JsonValue req(String key) throws DesignLoadException {
        JsonValue v = opt(key);
        if (v == null) {
            throw ctx.fail(Kind.CONTENT, object.where(), "a \"" + key + "\" key", "an object without it", "");
        }
        return v;
    }

    String reqString(String key) throws DesignLoadException {
        return ctx.string(req(key));
    }

    String optString(String key, String absent) throws DesignLoadException {
        JsonValue v = opt(key);
        return v == null ? absent : ctx.string(v);
    }

    boolean optBool(String key, boolean absent) throws DesignLoadException {
        JsonValue v = opt(key);
        return v == null ? absent : ctx.bool(v);
    }

    boolean reqBool(String key) throws DesignLoadException {
        return ctx.bool(req(key));
    }

    int reqInt(String key, int min) throws DesignLoadException {
        return ctx.intValue(req(key), min);
    }

    OptionalInt optInt(String key, int min) throws DesignLoadException {
        JsonValue v = opt(key);
        return v == null ? OptionalInt.empty() : OptionalInt.of(ctx.intValue(v, min));
    }

    long reqLong(String key, long min) throws DesignLoadException {
        return ctx.integer(req(key), min, Long.MAX_VALUE);
    }

    OptionalLong optLong(String key, long min) throws DesignLoadException {
        JsonValue v = opt(key);
        return v == null ? OptionalLong.empty() : OptionalLong.of(ctx.integer(v, min, Long.MAX_VALUE));
    }

    double reqProbability(String key) throws DesignLoadException {
        return ctx.number(req(key), 0, 1);
    }

    OptionalDouble optProbability(String key) throws DesignLoadException {
        JsonValue v = opt(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(ctx.number(v, 0, 1));
    }

    Duration reqDuration(String key) throws DesignLoadException {
        return ctx.duration(req(key));
    }

    Optional<Duration> optPositiveDuration(String key) throws DesignLoadException {
        JsonValue v = opt(key);
        return v == null ? Optional.empty() : Optional.of(ctx.positiveDuration(v));
    }

    <E extends Enum<E>> E reqEnum(String key, E[] values, Function<E, String> jsonName)
            throws DesignLoadException {
        return ctx.enumValue(req(key), values, jsonName);
    }

    /** Keeps every member that was not read as an extension and warns about it. */
    void finish() throws DesignLoadException {
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            if (!read.contains(member.getKey())) {
                extensions.put(pointer(member.getKey()), OpaqueJson.canonical(member.getValue(), ctx));
                ctx.warn(member.getValue().where(), "unknown field \"" + JsonTreeReader.abbreviate(member.getKey())
                        + "\" (not part of format version " + DesignFiles.FORMAT_VERSION
                        + "); kept and written back on save");
            }
        }
    }
}
