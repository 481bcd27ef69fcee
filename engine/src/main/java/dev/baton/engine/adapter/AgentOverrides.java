// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import dev.baton.model.Design;
import dev.baton.model.NodeId;
import dev.baton.model.spec.AdapterKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code baton run --agent-override NODE=ADAPTER}: which adapter kind a node uses for this run instead of the
 * design's setting. {@code *} stands for every model-backed node; a named node wins over {@code *}. Immutable.
 */
public final class AgentOverrides {
    /** No overrides: every node as the design says. */
    public static final AgentOverrides NONE = new AgentOverrides(Map.of(), Optional.empty());

    private final Map<NodeId, AdapterKind> byNode;
    private final Optional<AdapterKind> all;

    private AgentOverrides(Map<NodeId, AdapterKind> byNode, Optional<AdapterKind> all) {
        this.byNode = Map.copyOf(byNode);
        this.all = all;
    }

    /**
     * Parses {@code NODE=ADAPTER} options against {@code design}.
     *
     * @throws IllegalArgumentException naming the option and what is wrong with it
     */
    public static AgentOverrides parse(List<String> options, Design design) {
        Map<NodeId, AdapterKind> byNode = new LinkedHashMap<>();
        Optional<AdapterKind> all = Optional.empty();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0 || eq == option.length() - 1) {
                throw new IllegalArgumentException("--agent-override \"" + option
                        + "\" must look like NODE=ADAPTER (for example researcher=openai or *=scripted)");
            }
            String node = option.substring(0, eq).strip();
            AdapterKind kind;
            try {
                kind = AdapterKind.fromJson(option.substring(eq + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--agent-override \"" + option + "\": " + e.getMessage(), e);
            }
            if ("*".equals(node)) {
                all = Optional.of(kind);
                continue;
            }
            NodeId id;
            try {
                id = NodeId.of(node);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--agent-override \"" + option + "\": " + e.getMessage(), e);
            }
            if (design.node(id).isEmpty()) {
                throw new IllegalArgumentException("--agent-override \"" + option + "\": the design has no node \""
                        + node + "\"");
            }
            byNode.put(id, kind);
        }
        return new AgentOverrides(byNode, all);
    }

    /** Whether {@code node} is named on its own (not only through {@code *}). */
    public boolean namesNode(NodeId node) {
        return byNode.containsKey(node);
    }

    /** The adapter kind forced on {@code node}, if any. */
    public Optional<AdapterKind> kindFor(NodeId node) {
        AdapterKind k = byNode.get(node);
        return k != null ? Optional.of(k) : all;
    }
}
