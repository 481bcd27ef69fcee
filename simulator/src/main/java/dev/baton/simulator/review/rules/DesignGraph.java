// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.rules;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The graph facts every rule shares, computed once per review in linear time: nodes and edges by dense index,
 * adjacency, reachability from the intake, which nodes can still reach the result, and the strongly connected
 * components (Tarjan) of the flow graph. Rules then need at most one more linear search each, never a walk per node.
 *
 * <p>Nodes with duplicate ids count once (the first, as {@link dev.baton.model.DesignIndex} does) and edges whose
 * endpoints do not exist are ignored; the structural validator reports both. Not threadsafe to build; immutable
 * after.
 */
public final class DesignGraph {
    /** Edge kinds along which control or results travel (everything except tool calls and store access). */
    public static final Predicate<Edge> FLOW = e -> !isResourceAccess(e.kind());
    /** Every edge. */
    public static final Predicate<Edge> ANY = e -> true;

    private final Design design;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<NodeId, Integer> indexOf;
    private final List<Edge> edges = new ArrayList<>();
    private final int[] from;
    private final int[] to;
    private final int[][] out;
    private final int[][] in;
    private final int[] starts;
    private final int[] ends;
    private final BitSet reachable;
    private final BitSet reachesEnd;
    private final int[] component;
    private final BitSet cyclicComponent = new BitSet();
    private final BitSet flow;
    private final List<List<Integer>> cycles;

    public DesignGraph(Design design) {
        this.design = design;
        indexOf = new HashMap<>(design.nodes().size() * 2);
        for (Node n : design.nodes()) {
            if (indexOf.putIfAbsent(n.id(), nodes.size()) == null) {
                nodes.add(n);
            }
        }
        int n = nodes.size();
        int[] fromAll = new int[design.edges().size()];
        int[] toAll = new int[design.edges().size()];
        int[] outDegree = new int[n];
        int[] inDegree = new int[n];
        for (Edge e : design.edges()) {
            Integer f = indexOf.get(e.from());
            Integer t = indexOf.get(e.to());
            if (f != null && t != null) {
                fromAll[edges.size()] = f;
                toAll[edges.size()] = t;
                edges.add(e);
                outDegree[f]++;
                inDegree[t]++;
            }
        }
        int m = edges.size();
        from = java.util.Arrays.copyOf(fromAll, m);
        to = java.util.Arrays.copyOf(toAll, m);
        flow = new BitSet(m);
        for (int e = 0; e < m; e++) {
            if (FLOW.test(edges.get(e))) {
                flow.set(e);
            }
        }
        out = new int[n][];
        in = new int[n][];
        for (int v = 0; v < n; v++) {
            out[v] = new int[outDegree[v]];
            in[v] = new int[inDegree[v]];
            outDegree[v] = 0;
            inDegree[v] = 0;
        }
        for (int e = 0; e < m; e++) {
            out[from[e]][outDegree[from[e]]++] = e;
            in[to[e]][inDegree[to[e]]++] = e;
        }
        starts = ofKind(NodeKind.START);
        ends = ofKind(NodeKind.END);
        reachable = search(starts, ANY, v -> true);
        reachesEnd = searchBackward(ends, FLOW);
        component = new int[n];
        stronglyConnectedComponents();
        cycles = collectCycles();
    }

    /** Whether edges of {@code kind} reach a tool or a store rather than pass control or results on. */
    public static boolean isResourceAccess(EdgeKind kind) {
        return kind == EdgeKind.CALL || kind == EdgeKind.READ || kind == EdgeKind.WRITE;
    }

    public Design design() {
        return design;
    }

    /** The number of (distinct) nodes. */
    public int size() {
        return nodes.size();
    }

    public Node node(int v) {
        return nodes.get(v);
    }

    public NodeKind kind(int v) {
        return nodes.get(v).kind();
    }

    /** The index of the node with {@code id}, or -1. */
    public int indexOf(NodeId id) {
        Integer v = indexOf.get(id);
        return v == null ? -1 : v;
    }

    /** The number of edges whose endpoints exist. */
    public int edgeCount() {
        return edges.size();
    }

    public Edge edge(int e) {
        return edges.get(e);
    }

    public int from(int e) {
        return from[e];
    }

    public int to(int e) {
        return to[e];
    }

    /** Indices of the edges leaving {@code v}, in file order. Do not modify. */
    public int[] out(int v) {
        return out[v];
    }

    /** Indices of the edges entering {@code v}, in file order. Do not modify. */
    public int[] in(int v) {
        return in[v];
    }

    /** Start nodes, in file order. Do not modify. */
    public int[] starts() {
        return starts;
    }

    /** End nodes, in file order. Do not modify. */
    public int[] ends() {
        return ends;
    }

    /** Whether the task can reach {@code v} from an intake, along any edges. */
    public boolean reachable(int v) {
        return reachable.get(v);
    }

    /** Whether a result can travel from {@code v} to an end node along flow edges. */
    public boolean reachesEnd(int v) {
        return reachesEnd.get(v);
    }

    /** The strongly connected component of {@code v} in the flow graph. */
    public int component(int v) {
        return component[v];
    }

    /** Whether {@code v} lies on a cycle of flow edges. */
    public boolean onCycle(int v) {
        return cyclicComponent.get(component[v]);
    }

    /**
     * The cycles of the flow graph: the members of each cyclic component (in file order), components in order of
     * their first member. Do not modify.
     */
    public List<List<Integer>> cycles() {
        return cycles;
    }

    /** Whether edge {@code e} carries control or results (not a tool call or store access). */
    public boolean isFlow(int e) {
        return flow.get(e);
    }

    private List<List<Integer>> collectCycles() {
        Map<Integer, List<Integer>> byComponent = new java.util.LinkedHashMap<>();
        for (int v = 0; v < size(); v++) {
            if (onCycle(v)) {
                byComponent.computeIfAbsent(component[v], k -> new ArrayList<>()).add(v);
            }
        }
        List<List<Integer>> result = new ArrayList<>(byComponent.size());
        byComponent.values().forEach(c -> result.add(List.copyOf(c)));
        return List.copyOf(result);
    }

    /** Nodes of {@code kind}, in file order. */
    public int[] ofKind(NodeKind kind) {
        int count = 0;
        for (Node node : nodes) {
            if (node.kind() == kind) {
                count++;
            }
        }
        int[] result = new int[count];
        int i = 0;
        for (int v = 0; v < nodes.size(); v++) {
            if (nodes.get(v).kind() == kind) {
                result[i++] = v;
            }
        }
        return result;
    }

    /**
     * A forward search: visits the seeds, then follows the edges accepted by {@code follow} out of every visited
     * node for which {@code expand} holds. Linear in the size of the graph.
     */
    public BitSet search(int[] seeds, Predicate<Edge> follow, IntPredicate expand) {
        return traverse(seeds, follow, expand, true);
    }

    private BitSet searchBackward(int[] seeds, Predicate<Edge> follow) {
        return traverse(seeds, follow, v -> true, false);
    }

    private BitSet traverse(int[] seeds, Predicate<Edge> follow, IntPredicate expand, boolean forward) {
        BitSet seen = new BitSet(size());
        int[] queue = new int[size()];
        int head = 0;
        int tail = 0;
        for (int s : seeds) {
            if (!seen.get(s)) {
                seen.set(s);
                queue[tail++] = s;
            }
        }
        int[][] adjacency = forward ? out : in;
        int[] other = forward ? to : from;
        while (head < tail) {
            int v = queue[head++];
            if (!expand.test(v)) {
                continue;
            }
            for (int e : adjacency[v]) {
                int w = other[e];
                if (!seen.get(w) && follow.test(edges.get(e))) {
                    seen.set(w);
                    queue[tail++] = w;
                }
            }
        }
        return seen;
    }

    /** Iterative Tarjan over flow edges, so deep graphs cannot overflow the call stack. */
    private void stronglyConnectedComponents() {
        int n = size();
        int[] order = new int[n];
        int[] low = new int[n];
        java.util.Arrays.fill(order, -1);
        int[] sccStack = new int[n];
        boolean[] onStack = new boolean[n];
        int sp = 0;
        int[] callStack = new int[n];
        int[] edgePos = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] != -1) {
                continue;
            }
            int csp = 0;
            callStack[csp++] = root;
            order[root] = low[root] = counter++;
            sccStack[sp++] = root;
            onStack[root] = true;
            while (csp > 0) {
                int v = callStack[csp - 1];
                boolean descended = false;
                while (edgePos[v] < out[v].length) {
                    int e = out[v][edgePos[v]++];
                    if (!flow.get(e)) {
                        continue;
                    }
                    int w = to[e];
                    if (order[w] == -1) {
                        order[w] = low[w] = counter++;
                        sccStack[sp++] = w;
                        onStack[w] = true;
                        callStack[csp++] = w;
                        descended = true;
                        break;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                }
                if (descended) {
                    continue;
                }
                if (low[v] == order[v]) {
                    int size = 0;
                    int w;
                    do {
                        w = sccStack[--sp];
                        onStack[w] = false;
                        component[w] = components;
                        size++;
                    } while (w != v);
                    if (size > 1 || hasFlowSelfLoop(v)) {
                        cyclicComponent.set(components);
                    }
                    components++;
                }
                csp--;
                if (csp > 0) {
                    int u = callStack[csp - 1];
                    low[u] = Math.min(low[u], low[v]);
                }
            }
        }
    }

    private boolean hasFlowSelfLoop(int v) {
        for (int e : out[v]) {
            if (to[e] == v && flow.get(e)) {
                return true;
            }
        }
        return false;
    }
}
