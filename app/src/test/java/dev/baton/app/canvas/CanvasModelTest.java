// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.spec.NodeSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge shapes and label places as the canvas, hit testing and the exports share them. */
class CanvasModelTest {
    private static final Node AGENT = node("enricher", NodeKind.AGENT, 0, 0);
    private static final Node STORE = node("record", NodeKind.STORE, 400, 100);
    private static final Edge READ = new Edge(new EdgeId("r"), EdgeKind.READ, AGENT.id(), STORE.id());
    private static final Edge WRITE = new Edge(new EdgeId("w"), EdgeKind.WRITE, AGENT.id(), STORE.id());

    @Test
    void aReadAndAWriteBetweenTheSameNodesBendApartFromTheSamePorts() {
        CanvasModel model = new CanvasModel(design(List.of(AGENT, STORE), List.of(READ, WRITE)));
        EdgePath read = model.path(READ).orElseThrow();
        EdgePath write = model.path(WRITE).orElseThrow();

        assertThat(List.of(read.x1(), read.y1(), read.x2(), read.y2()))
                .isEqualTo(List.of(write.x1(), write.y1(), write.x2(), write.y2()));
        assertThat(Math.hypot(read.pointX(0.5) - write.pointX(0.5), read.pointY(0.5) - write.pointY(0.5)))
                .isCloseTo(ParallelEdges.SPACING, within(0.01));
        assertThat(model.edgeAt(read.pointX(0.5), read.pointY(0.5), 6)).contains(READ);
        assertThat(model.edgeAt(write.pointX(0.5), write.pointY(0.5), 6)).contains(WRITE);
    }

    @Test
    void anEdgeBackToANodeOnTheLeftInTheSameRowLoopsBelowBothInsteadOfCuttingThroughThem() {
        Node left = node("left", NodeKind.AGENT, 0, 0);
        Node right = node("right", NodeKind.AGENT, 300, 20);
        Edge back = new Edge(new EdgeId("b"), EdgeKind.HANDOFF, right.id(), left.id());
        CanvasModel model = new CanvasModel(design(List.of(left, right), List.of(back)));
        EdgePath path = model.path(back).orElseThrow();

        assertThat(path.y1()).as("from the bottom of the source").isEqualTo(20 + NodeGeometry.height(right));
        assertThat(path.y2()).as("to the bottom of the target").isEqualTo(NodeGeometry.height(left));
        assertThat(path.endAngle()).as("arriving upwards").isCloseTo(-Math.PI / 2, within(0.01));
        for (int i = 1; i < 40; i++) {
            double t = i / 40.0;
            assertThat(model.nodeAt(path.pointX(t), path.pointY(t))).as("at t = %s", t).isEmpty();
        }
        assertThat(path.pointY(0.5)).as("below both").isGreaterThan(20 + NodeGeometry.height(right));
        assertThat(model.edgeAt(path.pointX(0.5), path.pointY(0.5), 6)).contains(back);
    }

    @Test
    void aLoneEdgeKeepsItsStraightRoute() {
        CanvasModel model = new CanvasModel(design(List.of(AGENT, STORE), List.of(READ)));
        assertThat(model.path(READ)).contains(CanvasModel.route(AGENT, 0, 0, STORE, 0, 0));
    }

    @Test
    void aLabelThatWouldHideUnderANodeMovesAlongItsEdgeUntilItIsClear() {
        Node from = node("a", NodeKind.AGENT, 0, 0);
        Node to = node("b", NodeKind.AGENT, 800, 0);
        Node between = node("c", NodeKind.AGENT, 400, 0);
        Edge skip = new Edge(new EdgeId("h"), EdgeKind.HANDOFF, from.id(), to.id());
        CanvasModel model = new CanvasModel(design(List.of(from, to, between), List.of(skip)));
        EdgePath path = model.path(skip).orElseThrow();
        double[] middle = {path.pointX(0.5), path.pointY(0.5)};
        assertThat(NodeGeometry.contains(between, middle[0], middle[1])).as("the middle is under c").isTrue();

        for (double[] at : List.of(model.labelAnchor(path, 70, 16), model.labelAnchor(skip).orElseThrow())) {
            assertThat(path.distanceTo(at[0], at[1])).as("still on its edge").isLessThan(0.5);
            double hw = EdgeLabels.approximateWidth(skip) / 2;
            for (double[] corner : new double[][] {{-hw, -8}, {hw, -8}, {-hw, 8}, {hw, 8}, {0, 0}}) {
                assertThat(model.nodeAt(at[0] + corner[0], at[1] + corner[1])).as("label corner clear of nodes")
                        .isEmpty();
            }
        }
    }

    @Test
    void theLabelsOfEdgesThatRunCloseTogetherDoNotCoverEachOther() {
        CanvasModel model = new CanvasModel(design(List.of(AGENT, STORE), List.of(READ, WRITE)));
        double[] read = model.labelAnchor(READ).orElseThrow();
        double[] write = model.labelAnchor(WRITE).orElseThrow();

        boolean apartInX = Math.abs(read[0] - write[0])
                >= (EdgeLabels.approximateWidth(READ) + EdgeLabels.approximateWidth(WRITE)) / 2;
        boolean apartInY = Math.abs(read[1] - write[1]) >= LabelPlaces.HEIGHT;
        assertThat(apartInX || apartInY).as("the two labels' boxes are disjoint").isTrue();
        assertThat(model.path(WRITE).orElseThrow().distanceTo(write[0], write[1])).isLessThan(0.5);
    }

    @Test
    void aLabelWithRoomStaysAtTheMiddle() {
        CanvasModel model = new CanvasModel(design(List.of(AGENT, STORE), List.of(READ)));
        EdgePath path = model.path(READ).orElseThrow();
        assertThat(model.labelAnchor(path, 40, 16)).containsExactly(path.pointX(0.5), path.pointY(0.5));
        assertThat(model.labelAnchor(READ).orElseThrow()).containsExactly(path.pointX(0.5), path.pointY(0.5));
    }

    private static Node node(String id, NodeKind kind, double x, double y) {
        return new Node(new NodeId(id), id, new Position(x, y), NodeSpec.defaults(kind));
    }

    private static Design design(List<Node> nodes, List<Edge> edges) {
        return Design.empty("test").withNodes(nodes).withEdges(edges);
    }
}
