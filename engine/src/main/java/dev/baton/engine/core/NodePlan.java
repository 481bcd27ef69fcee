// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.ConstraintPassing;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.CircuitBreakerSettings;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.Invocations;
import dev.baton.model.spec.NodeSpec;
import dev.baton.model.spec.RetryPolicy;

/**
 * One node of a {@link RunPlan}, with its settings and its edges resolved to node indexes once, so that the run
 * never searches the design. Immutable after {@link RunPlan#compile}.
 */
public final class NodePlan {
    final int index;
    final Node node;
    final NodeId id;
    final NodeKind kind;
    final NodeSpec spec;
    /** Tokens reserved per call. */
    final long tokenMax;
    /** Whether {@link #tokenMax} is the engine default because the node sets no budget. */
    final boolean tokenMaxDefaulted;
    /** Per-call deadline in nanoseconds; -1 = unset. */
    final long timeoutNanos;
    final RetryPolicy retry;
    /** Null = free-form output. */
    final DataContract outputContract;
    /** Null unless this is a tool with a breaker (its own or the task's). */
    final CircuitBreakerSettings breaker;
    int[] delegates = new int[0];
    ConstraintPassing[] delegatePassing = new ConstraintPassing[0];
    int[] handoffs = new int[0];
    ConstraintPassing[] handoffPassing = new ConstraintPassing[0];
    int[] consults = new int[0];
    ConstraintPassing[] consultPassing = new ConstraintPassing[0];
    int[] validators = new int[0];
    int[] escalations = new int[0];
    int[] tools = new int[0];
    int[] reads = new int[0];
    int[] writes = new int[0];
    /** Store slots (indexes into the run's store table) this node reads or writes; snapshot at call start. */
    int[] storeSlots = new int[0];
    /** For store nodes: the slot in the run's store table; for tools: the slot in the breaker table. */
    int slot = -1;
    boolean outputsToEnd;
    /**
     * The last synthesis reason {@link #synthesizedReason} built: every run of a Monte Carlo asks for the same
     * one. Shared by the threads that run the plan without a lock; a stale or lost value only means building it
     * again, and the holder's final fields make a published one safe to read.
     */
    private SynthesisReason lastSynthesis;

    private record SynthesisReason(int subtasks, String text) {}

    NodePlan(int index, Node node, long defaultTokenMax, CircuitBreakerSettings taskBreaker) {
        this.index = index;
        this.node = node;
        this.id = node.id();
        this.kind = node.kind();
        this.spec = node.spec();
        Invocation inv = Invocations.of(spec).orElse(null);
        if (inv != null && inv.tokenBudget().isPresent()) {
            this.tokenMax = inv.tokenBudget().getAsLong();
            this.tokenMaxDefaulted = false;
        } else {
            this.tokenMax = inv == null ? 0 : defaultTokenMax;
            this.tokenMaxDefaulted = inv != null;
        }
        this.timeoutNanos = inv != null && inv.timeout().isPresent() ? inv.timeout().get().toNanos() : -1;
        this.retry = inv == null ? RetryPolicy.NONE : inv.retry();
        this.outputContract = spec instanceof AgentSpec ? ((AgentSpec) spec).outputContract().orElse(null) : null;
        if (spec instanceof dev.baton.model.spec.ToolSpec) {
            this.breaker = ((dev.baton.model.spec.ToolSpec) spec).circuitBreaker().orElse(taskBreaker);
        } else {
            this.breaker = null;
        }
    }

    public int index() {
        return index;
    }

    public NodeId id() {
        return id;
    }

    public NodeKind kind() {
        return kind;
    }

    public Node node() {
        return node;
    }

    /** Tokens the engine reserves for one call of this node. */
    public long tokenMax() {
        return tokenMax;
    }

    /** "orchestrator X synthesized the result of N subtasks", the reason of an orchestrator's complete result. */
    String synthesizedReason(int subtasks) {
        SynthesisReason last = lastSynthesis;
        if (last == null || last.subtasks != subtasks) {
            last = new SynthesisReason(subtasks, "orchestrator " + id + " synthesized the result of " + subtasks
                    + " subtasks");
            lastSynthesis = last;
        }
        return last.text;
    }

    static int find(int[] targets, int node) {
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] == node) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return id.value();
    }
}
