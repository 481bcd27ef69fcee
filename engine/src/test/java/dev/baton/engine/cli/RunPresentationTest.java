// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.model.Design;
import dev.baton.model.script.ScriptSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces of {@code baton run}'s output and input handling. */
class RunPresentationTest {
    @TempDir
    Path dir;

    static RunProgress progress(int hops, long tokens) {
        return new RunProgress(hops, OptionalInt.of(12), 5, tokens, OptionalLong.of(50_000), new BigDecimal("0.0123"),
                Optional.of(BigDecimal.ONE), Duration.ofMillis(1_250));
    }

    @Test
    void progressLineShowsCountsAgainstTheirLimits() {
        assertThat(progress(3, 4_210).line())
                .isEqualTo("hops 3/12 · calls 5 · tokens 4,210/50,000 · cost $0.0123/$1.0000 · 1.3s");
    }

    @Test
    void progressLineOmitsLimitsTheDesignDoesNotSet() {
        RunProgress unguarded = new RunProgress(58, OptionalInt.empty(), 58, 90_000, OptionalLong.empty(),
                BigDecimal.ZERO, Optional.empty(), Duration.ofSeconds(75));
        assertThat(unguarded.line()).isEqualTo("hops 58 · calls 58 · tokens 90,000 · cost $0.0000 · 1m 15s");
    }

    @Test
    void liveDisplayRedrawsInPlaceAndWipesLongerText() {
        StringWriter text = new StringWriter();
        ProgressDisplay display = new ProgressDisplay(new PrintWriter(text), true);

        display.show(progress(10, 40_000));
        display.show(progress(10, 40_000));
        display.show(progress(1, 9));
        display.finish();

        String first = progress(10, 40_000).line();
        String second = progress(1, 9).line();
        assertThat(text.toString()).isEqualTo("\r" + first + "\r" + second
                + " ".repeat(first.length() - second.length()) + System.lineSeparator());
    }

    @Test
    void displayOffATerminalDrawsNothing() {
        StringWriter text = new StringWriter();
        ProgressDisplay display = new ProgressDisplay(new PrintWriter(text), false);
        display.show(progress(1, 1));
        display.finish();
        assertThat(text.toString()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            850,     850ms
            1250,    1.3s
            59949,   59.9s
            250000,  4m 10s
            7500000, 2h 5m
            """)
    void durationsReadNaturally(long millis, String expected) {
        assertThat(HumanFormat.duration(Duration.ofMillis(millis))).isEqualTo(expected);
    }

    @Test
    void runIdsAreTimestampsWithASuffixWhenTaken() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:15:12Z"), ZoneOffset.UTC);
        assertThat(RunIds.next(clock, id -> false)).isEqualTo("20261122-031512");
        assertThat(RunIds.next(clock, Set.of("20261122-031512", "20261122-031512-2")::contains))
                .isEqualTo("20261122-031512-3");
    }

    @Test
    void inputComesFromTheFileElseTheDesignsExample() throws IOException {
        Design withExample = Design.empty("d").withScripts(new ScriptSet(
                Optional.of(JsonNodeFactory.instance.objectNode().put("ticket", 7)), Map.of()));
        Path file = Files.writeString(dir.resolve("in.json"), "{\"ticket\": 9}");

        assertThat(TaskInput.toText(TaskInput.resolve(null, withExample))).isEqualTo("{\"ticket\":7}");
        assertThat(TaskInput.toText(TaskInput.resolve(file, withExample))).isEqualTo("{\"ticket\":9}");
        assertThat(TaskInput.resolve(null, Design.empty("d")).isNull()).isTrue();
    }

    @Test
    void badInputFileSaysWhereItBreaks() throws IOException {
        Path broken = Files.writeString(dir.resolve("bad.json"), "{\n  \"ticket\": ,\n}");

        assertThatThrownBy(() -> TaskInput.resolve(broken, Design.empty("d")))
                .isInstanceOf(CliException.class).hasMessageContaining("bad.json is not JSON: line 2, column");
        assertThatThrownBy(() -> TaskInput.resolve(dir.resolve("missing.json"), Design.empty("d")))
                .hasMessageContaining("missing.json does not exist");
    }
}
