// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.fixtures.RandomFaults;
import dev.baton.engine.fixtures.Runs;
import dev.baton.engine.trace.TraceInvariants;
import dev.baton.model.Design;
import dev.baton.model.format.DesignFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample designs shipped in designs/ run with their scripts and keep every guarantee under sampled faults. */
class SampleDesignsTest {
    static final Path DESIGNS = Path.of("..", "designs");

    static List<Design> samples() throws Exception {
        List<Design> designs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DESIGNS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".baton.json")).sorted().toList()) {
                designs.add(DesignFiles.load(p).design());
            }
        }
        return designs;
    }

    @Test
    void everySampleRunsItsScriptsToAnOutcomeWithAValidTrace() throws Exception {
        List<Design> designs = samples();
        assertThat(designs).hasSizeGreaterThanOrEqualTo(9);
        for (Design d : designs) {
            Runs run = Runs.scripted(d);
            assertThat(TraceInvariants.check(run.plan(), run.trace(), run.result())).as(d.name()).isEmpty();
        }
    }

    @Test
    void everySampleKeepsTheGuaranteesUnderSampledFaults() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Design d : samples()) {
            RunPlan plan = RunPlan.compile(d);
            RandomFaults.Profile profile = RandomFaults.Profile.of(d);
            for (int seed = 0; seed < 300; seed++) {
                Runs run = Runs.run(plan, new RandomFaults(profile, seed, 0.05 + (seed % 5) * 0.08), seed);
                for (String v : TraceInvariants.check(plan, run.trace(), run.result())) {
                    violations.add(d.name() + " seed " + seed + ": " + v);
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
