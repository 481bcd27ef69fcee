// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.incident;

import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import java.util.Optional;

/**
 * Which failure pattern a runaway run (one only the engine's safety ceiling stopped) belongs to. A run that was
 * still waiting on a subtask nobody would ever answer is an orphaned subtask; otherwise the design's pattern says
 * what kept it going: a handoff chain passes the task on forever, a planner re-plans forever, and any other design
 * spends without a termination condition. Stateless.
 */
public final class RunawayPatterns {
    private RunawayPatterns() {}

    /** The pattern of a runaway run of {@code design}; {@code orphaned} when it ended with an orphaned subtask. */
    public static FailurePattern of(Design design, boolean orphaned) {
        if (orphaned) {
            return FailurePattern.ORPHANED_SUBTASKS;
        }
        NodeKind entry = entryKind(design).orElse(NodeKind.ORCHESTRATOR);
        if (entry == NodeKind.AGENT) {
            return FailurePattern.HANDOFF_LOOP;
        }
        if (entry == NodeKind.PLANNER) {
            return FailurePattern.CONVERGENCE_STARVATION;
        }
        return FailurePattern.RUNAWAY_SPEND;
    }

    /** The kind of the node the start delegates to, an owner in between followed (as the engine does). */
    private static Optional<NodeKind> entryKind(Design design) {
        Optional<NodeId> at = design.nodes().stream().filter(n -> n.kind() == NodeKind.START).map(Node::id)
                .findFirst();
        for (int step = 0; step < 2 && at.isPresent(); step++) {
            Optional<NodeId> to = firstDelegate(design, at.get());
            if (to.isEmpty()) {
                return Optional.empty();
            }
            NodeKind kind = design.node(to.get()).map(Node::kind).orElseThrow();
            if (kind != NodeKind.OWNER) {
                return Optional.of(kind);
            }
            at = to;
        }
        return Optional.empty();
    }

    private static Optional<NodeId> firstDelegate(Design design, NodeId from) {
        return design.edges().stream().filter(e -> e.kind() == EdgeKind.DELEGATE && e.from().equals(from))
                .map(Edge::to).findFirst();
    }
}
