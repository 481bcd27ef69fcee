// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.Require;

/**
 * Something a load accepted but the user should know about: an unknown field that is kept, a file written by a
 * newer Baton, a migrated older format.
 *
 * @param jsonPath where in the file, as a JSONPath ({@code $.nodes[3].settings.jitter})
 * @param message what happened, in words
 */
public record LoadWarning(String jsonPath, String message) {
    public LoadWarning {
        Require.nonNull("warning jsonPath", jsonPath);
        Require.nonNull("warning message", message);
    }

    @Override
    public String toString() {
        return jsonPath + ": " + message;
    }
}
