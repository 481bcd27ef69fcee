// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import java.util.Locale;

/** JSON value types a contract field can demand. */
public enum FieldType {
    STRING, NUMBER, INTEGER, BOOLEAN, OBJECT, ARRAY, ANY;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldType fromJson(String name) {
        for (FieldType t : values()) {
            if (t.jsonName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown field type \"" + name + "\" (expected one of string, number, "
                + "integer, boolean, object, array, any)");
    }
}
