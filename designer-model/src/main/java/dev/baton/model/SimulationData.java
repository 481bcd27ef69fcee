// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

/**
 * The {@code simulation} section of a design file, kept as opaque canonical JSON: the designer-model knows the
 * section exists and keeps it byte for byte, but does not interpret it. The simulator reads and writes it
 * ({@code dev.baton.simulator.profile.SimulationSection.of(Design)}), so that this module stays independent of
 * the simulator's vocabulary.
 *
 * @param json the section as compact canonical JSON text (see
 *             {@link dev.baton.model.format.CanonicalJson#compact}), or {@code ""} when the design has none
 */
public record SimulationData(String json) {
    /** No simulation section. */
    public static final SimulationData NONE = new SimulationData("");

    public SimulationData {
        Require.nonNull("simulation section", json);
        if (!json.isEmpty() && !json.startsWith("{")) {
            throw new IllegalArgumentException("the simulation section must be a JSON object, but it starts with "
                    + (json.length() > 20 ? json.substring(0, 20) + "..." : json));
        }
        if (json.equals("{}")) {
            // An empty object says nothing; one representation of "nothing" keeps designs comparable.
            json = "";
        }
    }

    public boolean isEmpty() {
        return json.isEmpty();
    }
}
