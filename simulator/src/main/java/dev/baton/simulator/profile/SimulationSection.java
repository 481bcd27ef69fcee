// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.model.Design;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import dev.baton.model.SimulationData;
import dev.baton.model.format.CanonicalJson;
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

    /**
     * The section saved with {@code design} ({@link #EMPTY} when it has none), read against its nodes.
     *
     * @throws SimulationFormatException when the section is broken; its path is a path in the design file
     *                                   ({@code $.simulation.profiles.worker.latency.p95})
     */
    public static SimulationSection of(Design design) throws SimulationFormatException {
        SimulationData data = design.simulation();
        if (data.isEmpty()) {
            return EMPTY;
        }
        try {
            return SimulationSectionReader.read(data.json(), nodeKinds(design), defaults(design));
        } catch (SimulationFormatException e) {
            String inFile = "$.simulation" + e.jsonPath().substring(1);
            String problem = e.getMessage().substring(("at " + e.jsonPath() + ": ").length());
            throw new SimulationFormatException(inFile, problem, e);
        }
    }

    /**
     * {@code design} with this section as its simulation section, in canonical form (profiles list only what
     * differs from their node's defaults, {@link BehaviourProfile#defaultsFor(Node)}); an empty section removes it.
     *
     * @throws IllegalArgumentException when a profile names a node the design does not have
     */
    public Design writeTo(Design design) {
        String text = SimulationSectionWriter.writeAgainst(this, defaults(design));
        return design.withSimulation(new SimulationData(CanonicalJson.compact(text, "the simulation section")));
    }

    /**
     * The default profile of each node of {@code design}: its kind's defaults with what the node's own settings say
     * about its behaviour ({@link BehaviourProfile#defaultsFor(Node)}); the first node wins when an id is duplicated.
     */
    public static Map<NodeId, BehaviourProfile> defaults(Design design) {
        Map<NodeId, BehaviourProfile> out = new LinkedHashMap<>();
        for (Node n : design.nodes()) {
            out.putIfAbsent(n.id(), BehaviourProfile.defaultsFor(n));
        }
        return out;
    }

    /** The kind of each node of {@code design}; the first node wins when an id is duplicated. */
    private static Map<NodeId, NodeKind> nodeKinds(Design design) {
        Map<NodeId, NodeKind> kinds = new LinkedHashMap<>();
        for (Node n : design.nodes()) {
            kinds.putIfAbsent(n.id(), n.kind());
        }
        return kinds;
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
