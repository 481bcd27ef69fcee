// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.baton.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The task input of {@code baton run}: the {@code --input} file, else the design's example input, else null. */
final class TaskInput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskInput() {}

    static JsonNode resolve(Path inputFile, Design design) {
        if (inputFile == null) {
            return design.scripts().exampleInput().orElse(NullNode.getInstance());
        }
        String text;
        try {
            text = Files.readString(inputFile);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.BAD_INPUT, "input file " + inputFile + " does not exist", e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.BAD_INPUT, "cannot read input file " + inputFile + ": " + e.getMessage(), e);
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CliException(ExitCodes.BAD_INPUT, "input file " + inputFile + " is not JSON: line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    static String toText(JsonNode input) {
        try {
            return JSON.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new AssertionError("a parsed JSON tree always serializes", e);
        }
    }
}
