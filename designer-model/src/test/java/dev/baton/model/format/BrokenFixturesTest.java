// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.model.format.DesignLoadException.Kind;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every broken fixture fails with an error that names the file, line, column, JSON path and what was expected. */
class BrokenFixturesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        truncated.baton.json              | SYNTAX  | 15 | 21 | $.nodes[0].settings.timeout    | the rest of the document                  | the end of the file
        wrong-type.baton.json             | CONTENT |  5 | 15 | $.policy.hopCap                | an integer >= 1                           | "twelve"
        duplicate-key.baton.json          | SYNTAX  | 14 |  7 | $.nodes[0].id                  | each key at most once per object          | "id" a second time (first at line 7, column 13)
        bad-enum.baton.json               | CONTENT | 19 | 15 | $.edges[0].kind                | one of delegate, handoff, consult, validate, escalate, call, read, write, output | "delegates"
        unknown-kind.baton.json           | CONTENT |  8 | 15 | $.nodes[0].kind                | one of orchestrator, agent, planner, validator, human, owner, tool, store, start, end | "router"
        bad-duration.baton.json           | CONTENT | 15 | 20 | $.nodes[0].settings.timeout    | a duration such as "750ms", "30s", "5m" or "2h" | "30 seconds"
        pasted-api-key.baton.json         | CONTENT | 17 | 18 | $.nodes[0].settings.credentials.env | the name of an environment variable   | a 39-character string that is not a variable name
        missing-key.baton.json            | CONTENT |  6 |  5 | $.nodes[0]                     | a "kind" key                              | an object without it
        bad-id.baton.json                 | CONTENT |  7 | 13 | $.nodes[0].id                  | a node id                                 | "has space"
        out-of-range.baton.json           | CONTENT | 15 | 24 | $.nodes[0].settings.tokenBudget | an integer >= 1                          | -5
        model-rule.baton.json             | CONTENT | 15 | 23 | $.nodes[0].settings.completion | minConfidence or agreeingRounds (or both) | an object
        missing-format-version.baton.json | CONTENT |  1 |  1 | $                              | a "formatVersion" key                     | an object without it
        bad-format-version.baton.json     | CONTENT |  2 | 20 | $.formatVersion                | an integer >= 0                           | "1"
        not-an-object.baton.json          | CONTENT |  1 |  1 | $                              | a JSON object (a Baton design)            | an array
        trailing-garbage.baton.json       | SYNTAX  | 18 |  1 | $                              | valid JSON                                | Unexpected close marker '}'
        empty.baton.json                  | SYNTAX  |  1 |  1 | $                              | a JSON object                             | an empty file
        infinite-number.baton.json        | CONTENT | 11 | 14 | $.nodes[0].position.x          | a number                                  | 1e999
        syntax-error.baton.json           | SYNTAX  | 10 |  7 | $.nodes[0].label               | valid JSON                                | was expecting comma to separate Object entries
        deep-nesting.baton.json           | LIMIT   |  5 | 83 | $.scripts.exampleInput[0][0]   | objects and arrays nested at most 64 deep | deeper nesting
        huge-string.baton.json            | LIMIT   |  9 | 16 | $.nodes[0].label               | a string of at most 1048576 characters    | one of 1048577 characters
        adapter-without-command.baton.json | CONTENT | 15 | 20 | $.nodes[0].settings.adapter   | adapter settings for kind process         | an object
        adapter-bad-url.baton.json        | CONTENT | 17 | 22 | $.nodes[0].settings.adapter.baseUrl | adapter settings for kind openai    | a URL that is not a plain http(s) base URL
        adapter-unknown-kind.baton.json   | CONTENT | 16 | 19 | $.nodes[0].settings.adapter.kind | one of scripted, openai, anthropic, process, java | "bedrock"
        huge-exponent.baton.json          | LIMIT   |  8 | 27 | $.scripts.exampleInput.n       | a number whose exponent fits in 9 digits  | a larger exponent
        not-utf8.baton.json               | IO      |  9 | 18 | $                              | UTF-8 text                                | a byte sequence that is not UTF-8 at byte offset 136
        """)
    void brokenFixtureNamesWhereAndWhat(String fixture, Kind kind, int line, int column, String path,
            String expected, String found) throws Exception {
        Path file = fixture(fixture);
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class, () -> DesignFiles.load(file));
        assertThat(e).as("loading %s must fail", fixture).isNotNull();
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.jsonPath()).startsWith(path);
        assertThat(e.expected()).contains(expected);
        assertThat(e.found()).contains(found);
        assertThat(e.getMessage()).startsWith(file + ":" + line + ":" + column + " at " + path)
                .contains(": expected " + e.expected() + ", but found " + e.found());
    }

    @Test
    void secretInAnAdapterUrlIsNeverEchoed() throws Exception {
        Path file = fixture("adapter-bad-url.baton.json");
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class, () -> DesignFiles.load(file));
        assertThat(e.getMessage()).contains("baseUrl").doesNotContain("sk-secret");
    }

    @Test
    void pastedSecretIsNeverEchoed() throws Exception {
        Path file = fixture("pasted-api-key.baton.json");
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class, () -> DesignFiles.load(file));
        assertThat(e.getMessage()).doesNotContain("sk-proj").doesNotContain("4fJ9xQ2");
        assertThat(e.rule()).contains("credentials must name an environment variable");
    }

    @Test
    void modelRuleIsQuotedInTheMessage() throws Exception {
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class,
                () -> DesignFiles.load(fixture("bad-id.baton.json")));
        assertThat(e.getMessage()).endsWith("(node id must match [A-Za-z0-9][A-Za-z0-9_.\\-]{0,127}, but was \"has space\")");
    }

    @Test
    void fileOverSixteenMebibytesIsRefusedBeforeParsing() throws Exception {
        Path file = dir.resolve("big.baton.json");
        Files.write(file, new byte[(int) Limits.MAX_FILE_BYTES + 1]);
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class, () -> DesignFiles.load(file));
        assertThat(e.kind()).isEqualTo(Kind.LIMIT);
        assertThat(e.expected()).isEqualTo("a file of at most 16 MiB");
    }

    @Test
    void tooManyNodesAreRefusedAtTheFirstOneTooMany() {
        String json = "{\"formatVersion\":1,\"name\":\"n\",\"policy\":{},\"nodes\":["
                + "{},".repeat(Limits.MAX_NODES) + "{}],\"edges\":[]}";
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class, () -> DesignFiles.fromJson(json, "n"));
        assertThat(e.kind()).isEqualTo(Kind.LIMIT);
        assertThat(e.jsonPath()).isEqualTo("$.nodes[100000]");
        assertThat(e.expected()).isEqualTo("at most 100000 elements in the nodes array");
    }

    @Test
    void tooManyEdgesAreRefused() {
        String json = "{\"formatVersion\":1,\"name\":\"n\",\"policy\":{},\"nodes\":[],\"edges\":["
                + "{},".repeat(Limits.MAX_EDGES) + "{}]}";
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class, () -> DesignFiles.fromJson(json, "n"));
        assertThat(e.jsonPath()).isEqualTo("$.edges[200000]");
    }

    @Test
    void numberWithMoreThanAThousandDigitsIsALimitError() {
        String json = "{\"formatVersion\": 1,\n \"name\": \"n\", \"policy\": {\"hopCap\": " + "9".repeat(1001)
                + "}, \"nodes\": [], \"edges\": []}";
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class, () -> DesignFiles.fromJson(json, "n"));
        assertThat(e.kind()).isEqualTo(Kind.LIMIT);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.jsonPath()).isEqualTo("$.policy.hopCap");
        assertThat(e.found()).contains("1000");
    }

    @Test
    void missingFileIsAnIoError() {
        Path file = dir.resolve("absent.baton.json");
        DesignLoadException e = catchThrowableOfType(DesignLoadException.class, () -> DesignFiles.load(file));
        assertThat(e.kind()).isEqualTo(Kind.IO);
        assertThat(e.getMessage()).isEqualTo(file + ":1:1 at $: expected an existing file, but found no such file");
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(BrokenFixturesTest.class.getResource("/broken/" + name), name).toURI());
    }
}
