// SPDX-License-Identifier: Apache-2.0
package dev.baton.app;

import dev.baton.themes.Theme;
import java.nio.file.Path;
import java.util.List;

/** The designer's command-line arguments. Unknown options are an error naming the option. */
record StartOptions(Path file, Theme theme, Path screenshot, String select, boolean layout) {
    static StartOptions parse(List<String> args) {
        Path file = null;
        Theme theme = Theme.LIGHT;
        Path screenshot = null;
        String select = null;
        boolean layout = false;
        for (String a : args) {
            if (a.startsWith("--theme=")) {
                theme = Theme.fromName(a.substring("--theme=".length()));
            } else if (a.startsWith("--screenshot=")) {
                screenshot = Path.of(a.substring("--screenshot=".length()));
            } else if (a.startsWith("--select=")) {
                select = a.substring("--select=".length());
            } else if (a.equals("--layout")) {
                layout = true;
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + a + " (expected --theme=, --screenshot=, "
                        + "--select= or --layout)");
            } else if (file == null) {
                file = Path.of(a);
            } else {
                throw new IllegalArgumentException("only one design file can be opened, but got " + file + " and " + a);
            }
        }
        return new StartOptions(file, theme, screenshot, select, layout);
    }
}
