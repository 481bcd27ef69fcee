// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published API specifications in {@code shared/specs}, found by walking up from the module directory (in CI
 * the repository is cloned with {@code shared} beside it).
 */
public final class SharedSpecs {
    private static JsonNode openAi;

    private SharedSpecs() {}

    /** The OpenAI OpenAPI document, parsed once. */
    public static synchronized JsonNode openAi() {
        if (openAi == null) {
            try {
                openAi = new ObjectMapper().readTree(find("openai-openapi.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return openAi;
    }

    static Path find(String name) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            for (Path candidate : new Path[] {d.resolve("shared/specs").resolve(name),
                d.resolve("../shared/specs").resolve(name).normalize()}) {
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("shared/specs/" + name + " not found above " + dir);
    }
}
