// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.bench;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.spec.NodeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated design of a given size for the canvas benchmark: orchestrators in a grid of columns, each delegating
 * to agents that call tools and read stores, with handoffs between neighbours. Seeded, so every run draws the same.
 */
public final class LargeDesigns {
    private LargeDesigns() {
    }

    /** {@code nodes} nodes and exactly {@code edges} legal edges (edges must be at least nodes - 1). */
    public static Design generate(int nodes, int edges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Node> ns = new ArrayList<>(nodes);
        int columns = (int) Math.ceil(Math.sqrt(nodes * 2.0));
        for (int i = 0; i < nodes; i++) {
            NodeKind kind = i % 10 == 0 ? NodeKind.ORCHESTRATOR : i % 10 == 7 ? NodeKind.TOOL
                    : i % 10 == 9 ? NodeKind.STORE : NodeKind.AGENT;
            double x = (i % columns) * 280.0;
            double y = (i / columns) * 120.0;
            ns.add(new Node(new NodeId("n" + i), kind.jsonName() + " " + i, new Position(x, y), NodeSpec.defaults(kind)));
        }
        List<Edge> es = new ArrayList<>(edges);
        int orchestrator = 0;
        for (int i = 1; i < nodes && es.size() < edges; i++) {
            if (ns.get(i).kind() == NodeKind.ORCHESTRATOR) {
                es.add(edge(es.size(), EdgeKind.DELEGATE, orchestrator, i));
                orchestrator = i;
                continue;
            }
            EdgeKind kind = ns.get(i).kind() == NodeKind.TOOL ? EdgeKind.CALL
                    : ns.get(i).kind() == NodeKind.STORE ? EdgeKind.WRITE : EdgeKind.DELEGATE;
            int from = kind == EdgeKind.DELEGATE ? orchestrator : orchestrator + 1;
            es.add(edge(es.size(), kind, from, i));
        }
        while (es.size() < edges) {
            // Handoffs go to a near neighbour (within two rows and columns), as in drawn designs: long random
            // edges across the whole canvas would measure spaghetti, not a design.
            int a = random.nextInt(nodes);
            int b = a + (random.nextInt(5) - 2) * columns + random.nextInt(5) - 2;
            if (b < 0 || b >= nodes) {
                continue;
            }
            if (a != b && ns.get(a).kind() == NodeKind.AGENT && ns.get(b).kind() == NodeKind.AGENT) {
                es.add(edge(es.size(), EdgeKind.HANDOFF, a, b));
            }
        }
        return Design.empty("Generated " + nodes + " nodes").withNodes(ns).withEdges(es);
    }

    private static Edge edge(int id, EdgeKind kind, int from, int to) {
        return new Edge(new EdgeId("e" + id), kind, new NodeId("n" + from), new NodeId("n" + to));
    }
}
