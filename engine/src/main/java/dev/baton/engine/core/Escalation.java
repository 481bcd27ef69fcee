// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/** An escalation waiting for a human, and what its answer decides. */
final class Escalation {
    final int id;
    final NodePlan from;
    final NodePlan human;
    final String why;
    /** True when the answer ends the run (an owner's escalation). */
    final boolean terminal;
    final Subtask subtask;
    final Gate gate;
    final Object subject;
    int timerId = -1;
    boolean resolved;

    Escalation(int id, NodePlan from, NodePlan human, String why, boolean terminal, Subtask subtask, Gate gate,
            Object subject) {
        this.id = id;
        this.from = from;
        this.human = human;
        this.why = why;
        this.terminal = terminal;
        this.subtask = subtask;
        this.gate = gate;
        this.subject = subject;
    }
}
