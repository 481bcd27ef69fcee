// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed JSON value that remembers where it stood in the file, so that every decoding error can name the line,
 * the column and the JSON path. The decoder works on this tree instead of the token stream, so keys may appear in
 * any order in hand-edited files.
 */
sealed interface JsonValue permits JsonValue.Obj, JsonValue.Arr, JsonValue.Str, JsonValue.Num, JsonValue.Bool,
        JsonValue.Null {

    /** The position of the value's first character and its JSON path in the file it was read from. */
    record Where(int line, int column, String path) {
        static final Where NOWHERE = new Where(1, 1, "$");
        private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

        Where member(String key) {
            return new Where(line, column, memberPath(path, key));
        }

        static String memberPath(String parent, String key) {
            if (IDENTIFIER.matcher(key).matches()) {
                return parent + "." + key;
            }
            return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
        }

        static String elementPath(String parent, int index) {
            return parent + "[" + index + "]";
        }
    }

    Where where();

    /** A JSON object; members in file order. */
    record Obj(Where where, Map<String, JsonValue> members) implements JsonValue {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }

    /** A JSON array. */
    record Arr(Where where, List<JsonValue> elements) implements JsonValue {
        public Arr {
            elements = List.copyOf(elements);
        }
    }

    /** A JSON string. */
    record Str(Where where, String value) implements JsonValue {}

    /**
     * A JSON number, as written.
     *
     * @param integral whether the token was an integer (no fraction, no exponent)
     */
    record Num(Where where, String text, boolean integral) implements JsonValue {}

    /** {@code true} or {@code false}. */
    record Bool(Where where, boolean value) implements JsonValue {}

    /** {@code null}. */
    record Null(Where where) implements JsonValue {}
}
