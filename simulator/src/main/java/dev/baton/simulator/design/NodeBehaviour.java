// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.design;

import dev.baton.engine.core.StoreWriteRequest;
import dev.baton.engine.core.ToolCallRequest;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.simulator.profile.BehaviourProfile;
import dev.baton.simulator.profile.Outcome;
import dev.baton.simulator.random.Categorical;
import dev.baton.simulator.random.RealDistribution;
import dev.baton.simulator.random.StreamName;
import java.util.List;

/**
 * One node's behaviour, compiled once per design and fault plan: its profile after the plan's adjustments and the
 * samplers built from it, so a replication only draws numbers. Immutable.
 *
 * @param index          the node's position in the design, also its stream number
 * @param id             the node
 * @param kind           its kind
 * @param profile        the profile under the fault plan
 * @param streamName     the name of the node's random stream
 * @param latencySeconds latency per call
 * @param confidence     reported confidence
 * @param outcomes       outcome per call
 * @param handoffTargets targets of the node's handoff edges, in design order (empty: it cannot hand off)
 * @param preferred      target choice by the profile's preferences (null when there are no targets)
 * @param crashAtNanos   when the node crashes under the fault plan, or -1
 * @param writes         what an answer of the node writes when its script says nothing: one change per
 *                       {@code write} edge, to the record a concurrent-writers fault names or else "task"
 * @param toolCalls      what a work answer of the node asks for when its script says nothing: one call per
 *                       {@code call} edge
 * @param untimed        whether the node makes model calls without a call timeout, so that a call it never
 *                       answers stays open until the run ends
 */
record NodeBehaviour(int index, NodeId id, NodeKind kind, BehaviourProfile profile, StreamName streamName,
        RealDistribution latencySeconds, RealDistribution confidence, Categorical<Outcome> outcomes,
        List<NodeId> handoffTargets, Categorical<NodeId> preferred, long crashAtNanos,
        List<StoreWriteRequest> writes, List<ToolCallRequest> toolCalls, boolean untimed) {}
