// SPDX-License-Identifier: Apache-2.0
package dev.baton.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.themes.Theme;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LauncherTest {
    @Test
    void everyDesignerOptionOpensTheDesignerWithThatOption() {
        Launcher.Plan plan = Launcher.plan(new String[] {"designs/research-pipeline.baton.json", "--theme=high-contrast",
            "--select=fact-checker", "--layout", "--screenshot=x.png"});
        assertThat(plan).isEqualTo(new Launcher.OpenDesigner(new StartOptions(
                Path.of("designs/research-pipeline.baton.json"), Theme.HIGH_CONTRAST, Path.of("x.png"), "fact-checker",
                true)));
    }

    @Test
    void optionsMayComeBeforeTheFileAndAloneAndDefaultToALightNewDesign() {
        assertThat(Launcher.plan(new String[] {"--theme=dark", "d.baton.json"}))
                .isEqualTo(new Launcher.OpenDesigner(new StartOptions(Path.of("d.baton.json"), Theme.DARK, null, null,
                        false)));
        assertThat(Launcher.plan(new String[] {"--layout"}))
                .isEqualTo(new Launcher.OpenDesigner(new StartOptions(null, Theme.LIGHT, null, null, true)));
        assertThat(Launcher.plan(new String[0]))
                .isEqualTo(new Launcher.OpenDesigner(new StartOptions(null, Theme.LIGHT, null, null, false)));
    }

    @Test
    void subcommandsAndTheRootOptionsRunTheCommandLine() {
        for (String[] args : List.of(new String[] {"validate", "x.baton.json"}, new String[] {"format", "--check", "x"},
                new String[] {"--help"}, new String[] {"-h"}, new String[] {"--version"}, new String[] {"-V"})) {
            assertThat(Launcher.plan(args)).as(String.join(" ", args)).isEqualTo(new Launcher.RunCommand());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            d.baton.json --bogus       | unknown option --bogus; the designer takes [DESIGN.baton.json] [--theme=
            --themes=dark              | unknown option --themes=dark
            -x                         | unknown option -x
            --theme                    | option --theme needs a value: --theme=VALUE (light, dark or high-contrast)
            --select=                  | option --select needs a value after '=' (a node id)
            --screenshot               | option --screenshot needs a value: --screenshot=VALUE (the PNG file to write)
            --theme=sepia              | unknown theme "sepia" (expected light, dark or high-contrast)
            a.baton.json b.baton.json  | only one design file can be opened, but got a.baton.json and b.baton.json
            --layout=yes               | unknown option --layout=yes
            """)
    void badDesignerArgumentsAreAUsageErrorNamingTheArgument(String args, String message) {
        Launcher.Plan plan = Launcher.plan(args.split(" "));
        assertThat(plan).isInstanceOf(Launcher.UsageError.class);
        assertThat(((Launcher.UsageError) plan).message()).startsWith(message);
    }

    @Test
    void startOptionsRejectAnUnknownOptionWithTheListOfKnownOnes() {
        assertThatThrownBy(() -> StartOptions.parse(List.of("--zoom=2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option --zoom=2; the designer takes " + StartOptions.USAGE);
    }
}
