// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.model.NodeId;
import dev.baton.model.Require;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a design saves for simulation: behaviour profiles of the nodes the user tuned (others use
 * {@link BehaviourProfile#defaultsFor}) and the named fault plans.
 *
 * @param profiles   profile per node id, in file order
 * @param faultPlans fault plans, names unique
 */
public record SimulationSection(Map<NodeId, BehaviourProfile> profiles, List<FaultPlan> faultPlans) {
    /** Nothing tuned, no fault plans. */
    public static final SimulationSection EMPTY = new SimulationSection(Map.of(), List.of());

    public SimulationSection {
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(Require.nonNull("profiles", profiles)));
        faultPlans = List.copyOf(Require.nonNull("faultPlans", faultPlans));
        Set<String> names = new HashSet<>();
        for (FaultPlan plan : faultPlans) {
            if (!names.add(plan.name())) {
                throw new IllegalArgumentException("fault plan names must be unique, but \"" + plan.name()
                        + "\" appears twice");
            }
        }
    }

    /** The fault plan called {@code name}. */
    public FaultPlan faultPlan(String name) {
        for (FaultPlan plan : faultPlans) {
            if (plan.name().equals(name)) {
                return plan;
            }
        }
        throw new IllegalArgumentException("no fault plan named \"" + name + "\"; the design has "
                + faultPlans.stream().map(p -> "\"" + p.name() + "\"").toList());
    }
}
