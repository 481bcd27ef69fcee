// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

/**
 * A simulation section that cannot be read, with where and why, in the design codec's words:
 * {@code "at $.profiles.worker.latency.p95: expected a duration >= p50 (PT2S), but found \"1s\""}. The path is a
 * JSONPath into the section as written; keys that contain a dot are quoted ({@code $.profiles["w.1"]}).
 */
public final class SimulationFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String jsonPath;

    SimulationFormatException(String jsonPath, String problem, Throwable cause) {
        super("at " + jsonPath + ": " + problem, cause);
        this.jsonPath = jsonPath;
    }

    /** Where the problem is, as a JSONPath such as {@code $.faultPlans[0].faults[2].rate}. */
    public String jsonPath() {
        return jsonPath;
    }
}
