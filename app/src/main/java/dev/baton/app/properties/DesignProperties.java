// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.properties;

import dev.baton.app.edit.RenameDesign;
import dev.baton.app.edit.ReplaceEdge;
import dev.baton.app.edit.ReplacePolicy;
import dev.baton.model.ConstraintPassing;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeId;
import dev.baton.model.NodeId;
import dev.baton.model.policy.TaskPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The rows of the design (name and task policy) and of an edge. */
final class DesignProperties {
    static final String DESIGN = "Design";
    static final String POLICY = "Task policy";
    static final String EDGE = "Edge";

    private DesignProperties() {
    }

    static List<Property> policyRows(PropertiesViewModel vm) {
        List<Property> rows = new ArrayList<>();
        rows.add(new Property(DESIGN, "Name", "The design's name", String.class, () -> vm.design().name(),
                Optional.of(vm.setter(v -> Optional.of(new RenameDesign(Parse.text(v), vm.design().description()))))));
        rows.add(new Property(DESIGN, "Description", "What the design is for", String.class,
                () -> vm.design().description(),
                Optional.of(vm.setter(v -> Optional.of(new RenameDesign(vm.design().name(), Parse.text(v)))))));
        policy(rows, vm, "Hop cap", "Global hop cap; at the cap control returns to the owner. Empty = none",
                p -> Parse.show(p.hopCap()), (p, v) -> p.withHopCap(Parse.optionalInt("hop cap", v)));
        policy(rows, vm, "Token ceiling", "Hard token ceiling per task (a kill, not a warning). Empty = none",
                p -> Parse.show(p.tokenCeiling()), (p, v) -> p.withTokenCeiling(Parse.optionalLong("token ceiling", v)));
        policy(rows, vm, "Cost ceiling (USD)", "Hard cost ceiling per task. Empty = none",
                p -> p.costCeilingUsd().map(c -> c.toPlainString()).orElse(""),
                (p, v) -> p.withCostCeilingUsd(Parse.optionalDecimal("cost ceiling", v)));
        policy(rows, vm, "Wall-clock timeout", "Deadline for the whole run, e.g. 5m. Empty = none",
                p -> Parse.showDuration(p.wallClockTimeout()),
                (p, v) -> p.withWallClockTimeout(Parse.optionalDuration("wall-clock timeout", v)));
        policy(rows, vm, "Shared retry budget", "Retries all agents of a task may spend together. Empty = none",
                p -> Parse.show(p.sharedRetryBudget()),
                (p, v) -> p.withSharedRetryBudget(Parse.optionalInt("shared retry budget", v)));
        policy(rows, vm, "Owner", "Id of the node accountable for completion. Empty = none",
                p -> p.owner().map(NodeId::value).orElse(""),
                (p, v) -> p.withOwner(Parse.text(v).isEmpty() ? Optional.empty() : Optional.of(owner(vm, v))));
        return rows;
    }

    private static NodeId owner(PropertiesViewModel vm, Object v) {
        NodeId id = new NodeId(Parse.text(v));
        if (vm.design().node(id).isEmpty()) {
            throw new IllegalArgumentException("owner must be the id of a node in this design, but \"" + id
                    + "\" is not one");
        }
        return id;
    }

    private static void policy(List<Property> rows, PropertiesViewModel vm, String name, String description,
            Function<TaskPolicy, String> get, BiFunction<TaskPolicy, Object, TaskPolicy> change) {
        rows.add(new Property(POLICY, name, description, String.class, () -> get.apply(vm.design().policy()),
                Optional.of(vm.setter(v -> {
                    TaskPolicy before = vm.design().policy();
                    TaskPolicy after = change.apply(before, v);
                    return after.equals(before) ? Optional.empty() : Optional.of(new ReplacePolicy(after, name));
                }))));
    }

    static List<Property> edgeRows(PropertiesViewModel vm, EdgeId id) {
        Function<Design, Edge> edge = d -> d.edge(id).orElseThrow(() -> new IllegalStateException("edge " + id
                + " is gone"));
        List<Property> rows = new ArrayList<>();
        rows.add(Property.readOnly(EDGE, "Id", "Stable id", () -> id.value()));
        rows.add(Property.readOnly(EDGE, "Kind", "The edge kind", () -> edge.apply(vm.design()).kind().jsonName()));
        rows.add(Property.readOnly(EDGE, "From", "Source node", () -> edge.apply(vm.design()).from().value()));
        rows.add(Property.readOnly(EDGE, "To", "Target node", () -> edge.apply(vm.design()).to().value()));
        rows.add(new Property(EDGE, "Label", "Text on the canvas (for a handoff, the condition)", String.class,
                () -> edge.apply(vm.design()).label(), Optional.of(vm.setter(v -> Optional.of(
                        new ReplaceEdge(edge.apply(vm.design()).withLabel(Parse.text(v)), "label"))))));
        rows.add(new Property(EDGE, "Constraints", "How the task's constraints travel along this edge",
                ConstraintPassing.class, () -> edge.apply(vm.design()).constraintPassing(),
                Optional.of(vm.setter(v -> Optional.of(new ReplaceEdge(
                        edge.apply(vm.design()).withConstraintPassing((ConstraintPassing) v), "constraints"))))));
        return rows;
    }
}
