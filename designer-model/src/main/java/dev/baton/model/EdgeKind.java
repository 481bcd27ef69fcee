// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import static dev.baton.model.NodeKind.AGENT;
import static dev.baton.model.NodeKind.END;
import static dev.baton.model.NodeKind.HUMAN;
import static dev.baton.model.NodeKind.ORCHESTRATOR;
import static dev.baton.model.NodeKind.OWNER;
import static dev.baton.model.NodeKind.PLANNER;
import static dev.baton.model.NodeKind.START;
import static dev.baton.model.NodeKind.STORE;
import static dev.baton.model.NodeKind.TOOL;
import static dev.baton.model.NodeKind.VALIDATOR;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The closed set of edge kinds, with the table of legal connections. The designer offers only legal connections
 * and the structural validator reports the rest; both read this one table.
 */
public enum EdgeKind {
    /** Hands a subtask down; the sender stays accountable and expects an envelope back. */
    DELEGATE(EnumSet.of(START, ORCHESTRATOR, OWNER, PLANNER), EnumSet.of(ORCHESTRATOR, AGENT, PLANNER, OWNER),
            "only the intake, an orchestrator, an owner or a planner hands work down, to something that can do it"),
    /** Passes control of the task to another agent at run time; every handoff counts one hop. */
    HANDOFF(EnumSet.of(AGENT, VALIDATOR), EnumSet.of(AGENT),
            "control can be handed only from an agent (or a validator passing verified claims on) to another agent"),
    /** A planner or agent asks a specialist and gets an answer back, without giving up control. */
    CONSULT(EnumSet.of(PLANNER, ORCHESTRATOR, AGENT), EnumSet.of(AGENT),
            "only planners, orchestrators and agents consult, and only agents are consulted"),
    /** Sends output through a validator before it travels on. */
    VALIDATE(EnumSet.of(ORCHESTRATOR, AGENT, PLANNER, OWNER, VALIDATOR), EnumSet.of(VALIDATOR),
            "output can be sent for validation only to a validator"),
    /** Escalates to a human. */
    ESCALATE(EnumSet.of(ORCHESTRATOR, AGENT, PLANNER, OWNER, VALIDATOR), EnumSet.of(HUMAN),
            "escalation goes to a human, from a node that makes decisions"),
    /** Calls an external tool. */
    CALL(EnumSet.of(ORCHESTRATOR, AGENT, PLANNER, VALIDATOR), EnumSet.of(TOOL),
            "only invocable nodes call tools, and only tools are called"),
    /** Reads shared state; drawn from the reader to the store. */
    READ(EnumSet.of(ORCHESTRATOR, AGENT, PLANNER, VALIDATOR, OWNER), EnumSet.of(STORE),
            "only invocable nodes read stores, and the edge points at the store"),
    /** Writes shared state; drawn from the writer to the store. */
    WRITE(EnumSet.of(ORCHESTRATOR, AGENT, PLANNER, OWNER), EnumSet.of(STORE),
            "only orchestrators, agents, planners and owners write stores, and the edge points at the store"),
    /** Delivers the task's result. */
    OUTPUT(EnumSet.of(ORCHESTRATOR, AGENT, PLANNER, VALIDATOR, OWNER, HUMAN), EnumSet.of(END),
            "the result flows into the end node, from a node that produces one");

    private final Set<NodeKind> sources;
    private final Set<NodeKind> targets;
    private final String rule;

    EdgeKind(Set<NodeKind> sources, Set<NodeKind> targets, String rule) {
        this.sources = sources;
        this.targets = targets;
        this.rule = rule;
    }

    /** Whether an edge of this kind may start at a node of {@code kind}. */
    public boolean allowsSource(NodeKind kind) {
        return sources.contains(kind);
    }

    /** Whether an edge of this kind may end at a node of {@code kind}. */
    public boolean allowsTarget(NodeKind kind) {
        return targets.contains(kind);
    }

    /** Whether an edge of this kind may connect {@code from} to {@code to}. */
    public boolean allows(NodeKind from, NodeKind to) {
        return allowsSource(from) && allowsTarget(to);
    }

    /** Sources this kind accepts, in declaration order. */
    public Set<NodeKind> sources() {
        return EnumSet.copyOf(sources);
    }

    /** Targets this kind accepts, in declaration order. */
    public Set<NodeKind> targets() {
        return EnumSet.copyOf(targets);
    }

    /** The rule in words, used in validation findings. */
    public String rule() {
        return rule;
    }

    /** Whether messages along this edge carry the task's constraints to the receiver. */
    public boolean carriesTask() {
        return this == DELEGATE || this == HANDOFF || this == CONSULT || this == VALIDATE || this == ESCALATE;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EdgeKind fromJson(String name) {
        for (EdgeKind k : values()) {
            if (k.jsonName().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown edge kind \"" + name + "\"");
    }
}
