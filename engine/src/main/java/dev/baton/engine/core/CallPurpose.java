// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

/** Why the engine invokes a node; adapters may shape their prompt by it. */
public enum CallPurpose {
    /** An orchestrator decomposes the task into subtasks. */
    PLAN,
    /** An orchestrator is asked again, with what failed, for a new plan. */
    REPLAN,
    /** An orchestrator assembles the result from its subtasks' envelopes. */
    SYNTHESIZE,
    /** An agent works on a delegated subtask or on a task handed to it. */
    WORK,
    /** A planner reviews the last round and decides whether the plan is done. */
    REVIEW,
    /** A specialist is consulted by a planner. */
    CONSULT,
    /** A validator checks output before it travels on. */
    VALIDATE,
    /** A tool is called on behalf of an agent. */
    TOOL;
}
