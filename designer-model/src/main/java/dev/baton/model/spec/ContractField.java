// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;
import java.util.regex.Pattern;

/** One field a data contract demands of an envelope's {@code result} (or of the task's input). */
public record ContractField(String name, FieldType type, boolean required) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public ContractField {
        Require.nonNull("contract field name", name);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("contract field name must match " + NAME.pattern() + ", but was \""
                    + name + "\"");
        }
        Require.nonNull("contract field type", type);
    }
}
