// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.properties;

import dev.baton.app.canvas.NodeGeometry;
import dev.baton.app.edit.ReplaceNode;
import dev.baton.app.edit.ResizeNode;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.Size;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A node's size in the property sheet: its box typed as "260 x 72" (an empty value goes back to the kind's default)
 * and a button that gives the default size back, each one undo step. Sizes are kept within what a drag of the
 * resize handle allows, and the default is stored as no size, so the file stays as it was.
 */
final class SizeRows {
    static final String SIZE = "Size";
    static final String DEFAULT_SIZE = "Default size";

    private SizeRows() {
    }

    static List<Property> of(PropertiesViewModel vm, NodeId id, Supplier<Node> node) {
        Property size = new Property(NodeProperties.GENERAL, SIZE,
                "Width x height on the canvas, e.g. 260 x 72; empty = the kind's default", String.class,
                () -> show(node.get()), Optional.of(vm.setter(v -> {
                    Node before = node.get();
                    Node after = before.withSize(parse(before, Parse.text(v)));
                    // A replaced node named after the row, so typing "260 x 72" key by key is one undo step.
                    return after.equals(before) ? Optional.empty()
                            : Optional.of(new ReplaceNode(after, SIZE));
                })));
        Property reset = new Property(NodeProperties.GENERAL, DEFAULT_SIZE, "Give the node its kind's default size back",
                Property.Action.class, () -> {
                    Node n = node.get();
                    return new Property.Action("Reset to " + box(NodeGeometry.width(n.kind()),
                            NodeGeometry.height(n.kind())), n.size().isPresent());
                }, Optional.of(vm.setter(v -> node.get().size().isEmpty() ? Optional.empty()
                        : Optional.of(new ResizeNode(id, Optional.empty())))));
        return List.of(size, reset);
    }

    private static String show(Node n) {
        String box = box(NodeGeometry.width(n), NodeGeometry.height(n));
        return n.size().isPresent() ? box : box + " (default)";
    }

    private static String box(double w, double h) {
        return String.format(Locale.ROOT, "%.0f x %.0f", w, h);
    }

    private static Optional<Size> parse(Node n, String text) {
        String t = text.replace("(default)", "").trim();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = t.split("\\s*[x\u00d7*,]\\s*|\\s+");
        try {
            if (parts.length == 2) {
                return NodeGeometry.storedSize(n.kind(), Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
            }
        } catch (NumberFormatException e) {
            // Reported below like any other malformed size.
        }
        throw new IllegalArgumentException(
                "size must be WIDTH x HEIGHT, e.g. 260 x 72, or empty for the default, but was \"" + text + "\"");
    }
}
