// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

import dev.baton.engine.cli.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatonCliTest {
    @Test
    void opensDesignerWithoutArgumentsOrWithADesignFile() {
        assertThat(BatonCli.opensDesigner(new String[0])).isTrue();
        assertThat(BatonCli.opensDesigner(new String[] {"designs/support-handoff.baton.json"})).isTrue();
        assertThat(BatonCli.opensDesigner(new String[] {"--screenshot=x.png"})).isTrue();
        assertThat(BatonCli.opensDesigner(new String[] {"--screenshot=x.png", "d.baton.json"})).isTrue();
        assertThat(BatonCli.opensDesigner(new String[] {"d.baton.json", "--theme=high-contrast", "--select=a",
            "--layout", "--screenshot=x.png"})).isTrue();
        assertThat(BatonCli.opensDesigner(new String[] {"--theme=dark"})).isTrue();
    }

    @Test
    void runsCommandsOtherwise() {
        assertThat(BatonCli.opensDesigner(new String[] {"validate", "x.baton.json"})).isFalse();
        assertThat(BatonCli.opensDesigner(new String[] {"validate"})).isFalse();
        assertThat(BatonCli.opensDesigner(new String[] {"--help"})).isFalse();
        assertThat(BatonCli.opensDesigner(new String[] {"--version"})).isFalse();
    }

    @Test
    void versionAndHelpReadWell() {
        CliRunner.Result version = CliRunner.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("baton 0.1.0").contains("Java 17");
        CliRunner.Result help = CliRunner.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: baton").contains("validate").contains("format")
                .contains("Exit codes");
        for (String command : new String[] {"validate", "format", "run", "runs", "trace", "inbox", "export", "otel-export", "review"}) {
            assertThat(help.out()).containsPattern("(?m)^  " + command + " +[A-Z]");
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRunner.Result r = CliRunner.run("frobnicate", "--x");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Unmatched arguments").contains("Did you mean");
    }
}
