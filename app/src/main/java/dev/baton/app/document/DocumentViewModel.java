// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.document;

import dev.baton.app.canvas.NodeGeometry;
import dev.baton.app.edit.AddElements;
import dev.baton.app.edit.CommandStack;
import dev.baton.app.edit.Fragment;
import dev.baton.app.edit.GraphEdit;
import dev.baton.app.edit.Ids;
import dev.baton.app.edit.MoveNodes;
import dev.baton.app.edit.RemoveElements;
import dev.baton.app.edit.ResizeNode;
import dev.baton.app.edit.Selection;
import dev.baton.app.layout.AutoLayout;
import dev.baton.app.validation.Problem;
import dev.baton.app.validation.ProblemSource;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.Size;
import dev.baton.model.spec.NodeSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The open design and every editing action on it: the logic behind the canvas, menus and property sheet, with no
 * scene-graph code, so that it is tested without a window. All changes go through the {@link CommandStack}.
 * Use on the FX thread.
 */
public final class DocumentViewModel {
    /** How far a paste is offset from the copied nodes, in world units. */
    public static final double PASTE_OFFSET = 40;

    private final CommandStack stack = new CommandStack(Design.empty("Untitled"));
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection", Selection.EMPTY);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyObjectWrapper<List<Problem>> problems =
            new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ProblemSource problemSource;
    private Fragment clipboard = new Fragment(List.of(), List.of());
    private int pasteCount;

    public DocumentViewModel(ProblemSource problemSource) {
        this.problemSource = problemSource;
        stack.designProperty().addListener((obs, old, now) -> problems.set(problemSource.check(now)));
        stack.dirtyProperty().addListener((obs, old, now) -> updateTitle());
        file.addListener((obs, old, now) -> updateTitle());
        stack.designProperty().addListener((obs, old, now) -> {
            if (old == null || !old.name().equals(now.name())) {
                updateTitle();
            }
        });
        updateTitle();
    }

    public CommandStack history() {
        return stack;
    }

    public Design design() {
        return stack.design();
    }

    public ReadOnlyObjectProperty<Design> designProperty() {
        return stack.designProperty();
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public Selection selection() {
        return selection.get();
    }

    public void select(Selection value) {
        selection.set(value.retainIn(design()));
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Replaces the whole document (New, Open, restore): empty history, clean, nothing selected. */
    public void load(Design design, Path path) {
        selection.set(Selection.EMPTY);
        file.set(path);
        stack.reset(design);
        updateTitle();
    }

    /** Records a successful save to {@code path}. */
    public void saved(Path path) {
        file.set(path);
        stack.mark();
        updateTitle();
    }

    /** Applies {@code edit} as one undo step and then selects {@code after}. */
    public void execute(GraphEdit edit, Selection after) {
        stack.execute(edit, selection.get(), after);
        selection.set(after.retainIn(design()));
    }

    public void undo() {
        Selection restored = stack.undo();
        if (restored != null) {
            selection.set(restored.retainIn(design()));
        }
    }

    public void redo() {
        Selection restored = stack.redo();
        if (restored != null) {
            selection.set(restored.retainIn(design()));
        }
    }

    /**
     * Lays the whole design out left to right ({@link AutoLayout}) as one undo step, keeping the selection; returns
     * how many nodes were placed (0 for an empty design, which is left alone).
     */
    public int autoLayout() {
        if (design().nodes().isEmpty()) {
            return 0;
        }
        Map<NodeId, Position> positions = new AutoLayout().layout(design());
        execute(new MoveNodes(positions, "Auto-layout"), selection());
        return positions.size();
    }

    /**
     * Resizes node {@code id} to {@code width} x {@code height} world units as one undo step: kept between the
     * kind's minimum and {@link NodeGeometry#MAX_SIZE}, with the bottom-right corner on the grid if {@code snap}.
     * The kind's default size is stored as "no size", so the file stays as it was. Returns the node's new size.
     */
    public Optional<Size> resizeNode(NodeId id, double width, double height, boolean snap) {
        Node n = design().node(id).orElseThrow(() -> new IllegalArgumentException("no node " + id.value()));
        double w = width;
        double h = height;
        if (snap) {
            w = NodeGeometry.snap(n.position().x() + w) - n.position().x();
            h = NodeGeometry.snap(n.position().y() + h) - n.position().y();
        }
        Optional<Size> size = NodeGeometry.storedSize(n.kind(), w, h);
        if (!size.equals(n.size())) {
            execute(new ResizeNode(id, size), selection());
        }
        return size;
    }

    /** Places a new node of {@code kind} with its top-left corner at (x, y), snapped if asked, and selects it. */
    public Node addNode(NodeKind kind, double x, double y, boolean snap) {
        Set<String> taken = takenIds();
        String stem = kind.jsonName();
        NodeId id = new NodeId(Ids.fresh(stem, taken));
        String number = id.value().substring(stem.length() + 1);
        String label = stem.substring(0, 1).toUpperCase(Locale.ROOT) + stem.substring(1) + " " + number;
        Position p = snap ? new Position(NodeGeometry.snap(x), NodeGeometry.snap(y)) : new Position(x, y);
        Node node = new Node(id, label, p, NodeSpec.defaults(kind));
        execute(AddElements.node(node), Selection.ofNode(id));
        return node;
    }

    /** The edge kinds that may connect {@code from} to {@code to}, in the table's order; empty when none. */
    public List<EdgeKind> legalKinds(NodeId from, NodeId to) {
        Optional<Node> a = design().node(from);
        Optional<Node> b = design().node(to);
        List<EdgeKind> kinds = new ArrayList<>();
        if (a.isEmpty() || b.isEmpty() || from.equals(to)) {
            return kinds;
        }
        for (EdgeKind k : EdgeKind.values()) {
            if (k.allows(a.get().kind(), b.get().kind())) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    /** Nodes a connection from {@code from} may end on. */
    public Set<NodeId> legalTargets(NodeId from) {
        Set<NodeId> result = new LinkedHashSet<>();
        Optional<Node> a = design().node(from);
        if (a.isEmpty()) {
            return result;
        }
        for (Node n : design().nodes()) {
            if (!n.id().equals(from)) {
                for (EdgeKind k : EdgeKind.values()) {
                    if (k.allows(a.get().kind(), n.kind())) {
                        result.add(n.id());
                        break;
                    }
                }
            }
        }
        return result;
    }

    /**
     * Connects {@code from} to {@code to} with an edge of {@code kind} and selects it.
     *
     * @throws IllegalArgumentException when the table does not allow this connection (the canvas never offers it)
     */
    public Edge connect(NodeId from, NodeId to, EdgeKind kind) {
        if (!legalKinds(from, to).contains(kind)) {
            throw new IllegalArgumentException(kind.jsonName() + " from " + from + " to " + to
                    + " is not a legal connection: " + kind.rule());
        }
        EdgeId id = new EdgeId(Ids.fresh(kind.jsonName(), takenIds()));
        Edge edge = new Edge(id, kind, from, to);
        execute(AddElements.edge(edge), Selection.ofEdge(id));
        return edge;
    }

    /** Moves the selected nodes by (dx, dy) world units as one step; snaps each node's corner if asked. */
    public void moveSelection(double dx, double dy, boolean snap, String label) {
        Map<NodeId, Position> to = new LinkedHashMap<>();
        for (Node n : design().nodes()) {
            if (selection.get().contains(n.id())) {
                double x = n.position().x() + dx;
                double y = n.position().y() + dy;
                to.put(n.id(), snap ? new Position(NodeGeometry.snap(x), NodeGeometry.snap(y)) : new Position(x, y));
            }
        }
        if (!to.isEmpty() && (dx != 0 || dy != 0)) {
            execute(new MoveNodes(to, label), selection.get());
        }
    }

    public void deleteSelection() {
        Selection s = selection.get();
        if (!s.isEmpty()) {
            String what = s.nodes().size() + s.edges().size() == 1 ? "Delete" : "Delete "
                    + (s.nodes().size() + s.edges().size()) + " elements";
            execute(new RemoveElements(s.nodes(), s.edges(), what), Selection.EMPTY);
        }
    }

    public void copy() {
        Fragment f = Fragment.of(design(), selection.get());
        if (!f.isEmpty()) {
            clipboard = f;
            pasteCount = 0;
        }
    }

    public void cut() {
        copy();
        if (!Fragment.of(design(), selection.get()).isEmpty()) {
            pasteCount = -1;
            Selection s = selection.get();
            execute(new RemoveElements(s.nodes(), s.edges(), "Cut"), Selection.EMPTY);
        }
    }

    public boolean canPaste() {
        return !clipboard.isEmpty();
    }

    /** Pastes the clipboard, each paste a little further offset, and selects what was pasted. */
    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        pasteCount++;
        double offset = PASTE_OFFSET * pasteCount;
        AddElements add = clipboard.pasteInto(design(), offset, offset);
        execute(add, Fragment.selectionOf(add));
    }

    public void selectAll() {
        selection.set(Selection.all(design()));
    }

    private Set<String> takenIds() {
        Set<String> taken = new HashSet<>();
        for (Node n : design().nodes()) {
            taken.add(n.id().value());
        }
        for (Edge e : design().edges()) {
            taken.add(e.id().value());
        }
        return taken;
    }

    private void updateTitle() {
        Path p = file.get();
        String name = p == null ? design().name() : p.getFileName().toString();
        title.set((stack.isDirty() ? "*" : "") + name + " \u2014 Baton");
    }
}
