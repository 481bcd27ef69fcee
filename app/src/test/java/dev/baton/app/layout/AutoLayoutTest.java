// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.layout;

import static dev.baton.app.TestDesigns.edge;
import static dev.baton.app.TestDesigns.node;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.canvas.EdgeLabels;
import dev.baton.app.canvas.NodeGeometry;
import dev.baton.app.document.DocumentViewModel;
import dev.baton.app.document.Templates;
import dev.baton.app.edit.MoveNodes;
import dev.baton.app.edit.Selection;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.format.DesignFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AutoLayoutTest {
    /** An acyclic design with fan-out, fan-in, an edge that skips a layer, labels and every resource kind. */
    static Design acyclic() {
        return Design.empty("Acyclic").withNodes(List.of(
                node("start", NodeKind.START, 0, 0),
                node("orch", NodeKind.ORCHESTRATOR, 0, 0),
                node("a1", NodeKind.AGENT, 0, 0),
                node("a2", NodeKind.AGENT, 0, 0),
                node("a3", NodeKind.AGENT, 0, 0),
                node("search", NodeKind.TOOL, 0, 0),
                node("notes", NodeKind.STORE, 0, 0),
                node("check", NodeKind.VALIDATOR, 0, 0),
                node("lead", NodeKind.HUMAN, 0, 0),
                node("end", NodeKind.END, 0, 0))).withEdges(List.of(
                edge("e1", EdgeKind.DELEGATE, "start", "orch"),
                edge("e2", EdgeKind.DELEGATE, "orch", "a1").withLabel("a long label for the first subtask"),
                edge("e3", EdgeKind.DELEGATE, "orch", "a2"),
                edge("e4", EdgeKind.DELEGATE, "orch", "a3"),
                edge("e5", EdgeKind.CALL, "a1", "search"),
                edge("e6", EdgeKind.WRITE, "a2", "notes"),
                edge("e7", EdgeKind.VALIDATE, "orch", "check"),
                edge("e8", EdgeKind.ESCALATE, "check", "lead"),
                edge("e9", EdgeKind.OUTPUT, "check", "end"),
                edge("e10", EdgeKind.OUTPUT, "lead", "end")));
    }

    static Stream<Named<Design>> samples() throws Exception {
        List<Named<Design>> designs = new ArrayList<>();
        for (Templates.Template t : Templates.onClasspath()) {
            designs.add(Named.of(t.name(), DesignFiles.load(t.path()).design()));
        }
        assertThat(designs).as("the bundled sample designs").hasSizeGreaterThanOrEqualTo(9);
        return designs.stream();
    }

    static Stream<Named<Design>> acyclicDesigns() throws Exception {
        return Stream.concat(Stream.of(Named.of("fixture", acyclic())),
                samples().filter(n -> isAcyclic(n.getPayload())));
    }

    @ParameterizedTest
    @MethodSource("acyclicDesigns")
    void everyEdgeOfAnAcyclicDesignRunsLeftToRight(Design design) {
        Design laid = laidOut(design);
        for (Edge e : laid.edges()) {
            Node from = laid.node(e.from()).orElseThrow();
            Node to = laid.node(e.to()).orElseThrow();
            assertThat(from.position().x() + NodeGeometry.width(from))
                    .as("%s: right side of %s left of %s", e.id().value(), from.id().value(), to.id().value())
                    .isLessThan(to.position().x());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noTwoNodesOverlapAndTheResultIsOnTheGrid(Design design) {
        Design laid = laidOut(design);
        List<Node> nodes = laid.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node a = nodes.get(i);
            assertThat(a.position().x() % NodeGeometry.GRID).as("x of %s on the grid", a.id().value()).isZero();
            assertThat(a.position().y() % NodeGeometry.GRID).as("y of %s on the grid", a.id().value()).isZero();
            for (int j = i + 1; j < nodes.size(); j++) {
                assertThat(overlap(a, nodes.get(j))).as("%s overlaps %s", a.id().value(), nodes.get(j).id().value())
                        .isFalse();
            }
        }
    }

    @Test
    void anEdgeLabelFitsBetweenTheColumnsItJoins() {
        Design laid = laidOut(acyclic());
        Edge labelled = laid.edge(new EdgeId("e2")).orElseThrow();
        Node from = laid.node(labelled.from()).orElseThrow();
        Node to = laid.node(labelled.to()).orElseThrow();
        double gap = to.position().x() - (from.position().x() + NodeGeometry.width(from));
        assertThat(gap).isGreaterThanOrEqualTo(EdgeLabels.approximateWidth(labelled));
    }

    @Test
    void peersThatHandACaseToEachOtherShareAColumn() {
        Design d = Design.empty("Handoffs").withNodes(List.of(
                node("start", NodeKind.START, 0, 0),
                node("triage", NodeKind.AGENT, 0, 0),
                node("billing", NodeKind.AGENT, 0, 0),
                node("tech", NodeKind.AGENT, 0, 0),
                node("end", NodeKind.END, 0, 0))).withEdges(List.of(
                edge("e1", EdgeKind.DELEGATE, "start", "triage"),
                edge("e2", EdgeKind.HANDOFF, "triage", "billing"),
                edge("e3", EdgeKind.HANDOFF, "triage", "tech"),
                edge("e4", EdgeKind.HANDOFF, "billing", "tech"),
                edge("e5", EdgeKind.HANDOFF, "tech", "billing"),
                edge("e6", EdgeKind.OUTPUT, "billing", "end")));
        Design laid = laidOut(d);
        assertThat(x(laid, "billing")).isEqualTo(x(laid, "tech"));
        assertThat(x(laid, "triage")).isLessThan(x(laid, "billing"));
        assertThat(x(laid, "end")).isGreaterThan(x(laid, "billing"));
    }

    @Test
    void theSameDesignAlwaysGetsTheSameLayout() {
        assertThat(new AutoLayout().layout(acyclic())).isEqualTo(new AutoLayout().layout(acyclic()));
    }

    @Test
    void layoutIsOneUndoStepThatKeepsTheSelection() {
        DocumentViewModel vm = new DocumentViewModel(d -> List.of());
        Design before = acyclic();
        vm.load(before, null);
        vm.select(Selection.ofNode(new NodeId("a1")));
        assertThat(vm.autoLayout()).isEqualTo(before.nodes().size());
        assertThat(vm.design()).isNotEqualTo(before);
        assertThat(vm.history().undoLabelProperty().get()).contains("Auto-layout");
        assertThat(vm.selection()).isEqualTo(Selection.ofNode(new NodeId("a1")));
        vm.undo();
        assertThat(vm.design()).isEqualTo(before);
        assertThat(vm.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void anEmptyDesignIsLeftAlone() {
        DocumentViewModel vm = new DocumentViewModel(d -> List.of());
        vm.load(Design.empty("Empty"), null);
        assertThat(vm.autoLayout()).isZero();
        assertThat(vm.history().canUndoProperty().get()).isFalse();
    }

    private static Design laidOut(Design d) {
        Map<NodeId, Position> positions = new AutoLayout().layout(d);
        assertThat(positions.keySet()).as("every node is placed").hasSize(d.nodes().size());
        return new MoveNodes(positions, "Auto-layout").apply(d);
    }

    private static double x(Design d, String id) {
        return d.node(new NodeId(id)).orElseThrow().position().x();
    }

    private static boolean overlap(Node a, Node b) {
        return a.position().x() < b.position().x() + NodeGeometry.width(b)
                && b.position().x() < a.position().x() + NodeGeometry.width(a)
                && a.position().y() < b.position().y() + NodeGeometry.height(b)
                && b.position().y() < a.position().y() + NodeGeometry.height(a);
    }

    private static boolean isAcyclic(Design d) {
        Map<NodeId, List<NodeId>> out = new HashMap<>();
        for (Edge e : d.edges()) {
            out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
        }
        Set<NodeId> done = new HashSet<>();
        for (Node n : d.nodes()) {
            if (reachesCycle(n.id(), out, new HashSet<>(), done)) {
                return false;
            }
        }
        return true;
    }

    private static boolean reachesCycle(NodeId n, Map<NodeId, List<NodeId>> out, Set<NodeId> path, Set<NodeId> done) {
        if (done.contains(n)) {
            return false;
        }
        if (!path.add(n)) {
            return true;
        }
        for (NodeId next : out.getOrDefault(n, List.of())) {
            if (reachesCycle(next, out, path, done)) {
                return true;
            }
        }
        path.remove(n);
        done.add(n);
        return false;
    }
}
