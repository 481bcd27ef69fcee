// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.cli;

import dev.baton.model.Design;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.simulator.profile.BehaviourProfile;
import dev.baton.simulator.profile.FaultPlan;
import dev.baton.simulator.profile.SimulationFormatException;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.profile.SimulationSectionReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one side of a simulation runs: the profiles and the fault plan. {@code --faults} names a plan saved in the
 * design's {@code simulation} section, or a JSON file in that section's form ({@code plans.json}, or
 * {@code plans.json#name} when it holds several); a file's profiles are laid over the design's.
 *
 * @param section profiles in force (design's, then the file's)
 * @param plan    the fault plan, {@link FaultPlan#none()} without {@code --faults}
 */
record Scenario(SimulationSection section, FaultPlan plan) {

    /**
     * Resolves {@code faults} (null: no faults) against {@code design}.
     *
     * @throws CliFailure with exit code 2 naming what is wrong and where
     */
    static Scenario resolve(Design design, String faults) {
        Map<NodeId, NodeKind> kinds = kinds(design);
        SimulationSection own = sectionOf(design);
        if (faults == null) {
            return new Scenario(own, FaultPlan.none());
        }
        int hash = faults.lastIndexOf('#');
        Path file = Path.of(hash > 0 ? faults.substring(0, hash) : faults);
        if (faults.endsWith(".json") || (hash > 0 && faults.substring(0, hash).endsWith(".json"))
                || Files.isRegularFile(file)) {
            return fromFile(own, file, hash > 0 ? faults.substring(hash + 1) : null, kinds,
                    SimulationSection.defaults(design));
        }
        try {
            return new Scenario(own, own.faultPlan(faults));
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--faults: " + e.getMessage() + " (or give a fault plan file, *.json)");
        }
    }

    private static Scenario fromFile(SimulationSection own, Path file, String name, Map<NodeId, NodeKind> kinds,
            Map<NodeId, BehaviourProfile> defaults) {
        SimulationSection fromFile;
        try {
            fromFile = SimulationSectionReader.read(Files.readString(file, StandardCharsets.UTF_8), kinds, defaults);
        } catch (IOException e) {
            throw new CliFailure("--faults: cannot read " + file + ": " + e.getMessage());
        } catch (SimulationFormatException e) {
            throw new CliFailure("--faults: " + file + ": " + e.getMessage());
        }
        List<FaultPlan> plans = fromFile.faultPlans();
        FaultPlan plan;
        if (name != null) {
            try {
                plan = fromFile.faultPlan(name);
            } catch (IllegalArgumentException e) {
                throw new CliFailure("--faults: " + file + ": " + e.getMessage());
            }
        } else if (plans.size() == 1) {
            plan = plans.get(0);
        } else {
            throw new CliFailure("--faults: " + file + " holds " + plans.size() + " fault plans "
                    + plans.stream().map(p -> "\"" + p.name() + "\"").toList() + "; pick one with " + file
                    + "#NAME");
        }
        Map<NodeId, BehaviourProfile> profiles = new LinkedHashMap<>(own.profiles());
        profiles.putAll(fromFile.profiles());
        return new Scenario(new SimulationSection(profiles, own.faultPlans()), plan);
    }

    /** The design's saved simulation section, or nothing tuned. */
    static SimulationSection sectionOf(Design design) {
        try {
            return SimulationSection.of(design);
        } catch (SimulationFormatException e) {
            throw new CliFailure("the design's simulation section: " + e.getMessage());
        }
    }

    static Map<NodeId, NodeKind> kinds(Design design) {
        Map<NodeId, NodeKind> kinds = new LinkedHashMap<>();
        for (Node n : design.nodes()) {
            kinds.put(n.id(), n.kind());
        }
        return kinds;
    }
}
