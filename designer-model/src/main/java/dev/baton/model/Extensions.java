// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields a newer version of Baton wrote that this version does not know. They are kept, in file order, and written
 * back on save, so that opening and saving a file in an older Baton loses nothing.
 *
 * <p>Keys are JSON Pointers relative to the object that owns the extensions ({@code /settings/retry/jitter});
 * values are canonical JSON text.
 */
public record Extensions(Map<String, String> fields) {
    public static final Extensions NONE = new Extensions(Map.of());

    public Extensions {
        Require.nonNull("extension fields", fields);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
