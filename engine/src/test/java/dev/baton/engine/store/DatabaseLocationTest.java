// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    @Test
    void linuxDefaultUsesXdgDataHome() {
        DatabaseLocation loc = DatabaseLocation.userDefault(Map.of("XDG_DATA_HOME", "/data/me"), "Linux", "/home/me");
        assertThat(loc.file()).isEqualTo(Path.of("/data/me/baton/baton.mv.db"));
    }

    @Test
    void linuxDefaultFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        assertThat(DatabaseLocation.userDefault(Map.of(), "Linux", "/home/me").base())
                .isEqualTo(Path.of("/home/me/.local/share/baton/baton"));
        assertThat(DatabaseLocation.userDefault(Map.of("XDG_DATA_HOME", "rel/dir"), "Linux", "/home/me").base())
                .isEqualTo(Path.of("/home/me/.local/share/baton/baton"));
    }

    @Test
    void macAndWindowsDefaultsUseTheirDataFolders() {
        assertThat(DatabaseLocation.userDefault(Map.of(), "Mac OS X", "/Users/me").base())
                .isEqualTo(Path.of("/Users/me/Library/Application Support/Baton/baton"));
        assertThat(DatabaseLocation.userDefault(Map.of("APPDATA", "/c/Users/me/AppData/Roaming"), "Windows 11",
                "/c/Users/me").base()).isEqualTo(Path.of("/c/Users/me/AppData/Roaming/Baton/baton"));
    }

    @Test
    void userPathMayNameTheMvDbFileOrItsBase() {
        assertThat(DatabaseLocation.of(Path.of("/tmp/x/runs.mv.db")).base()).isEqualTo(Path.of("/tmp/x/runs"));
        assertThat(DatabaseLocation.of(Path.of("/tmp/x/runs")).file()).isEqualTo(Path.of("/tmp/x/runs.mv.db"));
    }

    @Test
    void urlPinsEmbeddedFileMode() {
        String url = DatabaseLocation.of(Path.of("/tmp/x/runs")).jdbcUrl();
        assertThat(url).startsWith("jdbc:h2:file:/tmp/x/runs;").contains("AUTO_SERVER=FALSE")
                .doesNotContain("tcp:").doesNotContain("AUTO_SERVER=TRUE");
    }

    @Test
    void pathWithSemicolonIsRejectedBecauseItWouldInjectUrlSettings() {
        assertThatThrownBy(() -> DatabaseLocation.of(Path.of("/tmp/x;AUTO_SERVER=TRUE")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not contain ';'");
    }
}
