// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.Extensions;
import java.util.Map;

/**
 * Writes the unknown fields an owner (design, node, edge) kept from its file back at the end of the object they
 * came from. A field whose object is no longer written (the user removed it) is dropped; a field whose name the
 * current version now writes itself is dropped too, so the output never has a duplicate key.
 */
final class ExtensionWriter {
    private final Extensions extensions;

    ExtensionWriter(Extensions extensions) {
        this.extensions = extensions;
    }

    /** Whether any kept field lives inside the object at {@code pointer}, so that it must be written. */
    boolean hasUnder(String pointer) {
        String prefix = pointer + "/";
        for (String key : extensions.fields().keySet()) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Writes the kept members of the object at {@code pointer}, in the order they were found. */
    void writeMembers(JsonTextWriter w, String pointer) {
        if (extensions.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> field : extensions.fields().entrySet()) {
            String key = field.getKey();
            int slash = key.lastIndexOf('/');
            if (slash < 0 || !key.substring(0, slash).equals(pointer)) {
                continue;
            }
            String name = key.substring(slash + 1).replace("~1", "/").replace("~0", "~");
            if (!w.hasName(name)) {
                w.name(name);
                w.node(OpaqueJson.parse(field.getValue(), "the kept field " + key));
            }
        }
    }
}
