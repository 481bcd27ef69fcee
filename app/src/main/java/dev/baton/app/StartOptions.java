// SPDX-License-Identifier: Apache-2.0
package dev.baton.app;

import dev.baton.themes.Theme;
import java.nio.file.Path;
import java.util.List;

/**
 * The designer's command-line arguments: an optional design file and the options below, in any order. Bad input is
 * an {@link IllegalArgumentException} naming the argument and what was expected.
 *
 * @param file the design to open, or null for a new one
 * @param screenshot where to save a PNG of the window after start-up (then exit), or null
 * @param select the id of the node to select after start-up, or null
 * @param layout whether to auto-layout the design after opening it
 */
record StartOptions(Path file, Theme theme, Path screenshot, String select, boolean layout) {
    /** The options, for error messages and help. */
    static final String USAGE = "[DESIGN.baton.json] [--theme=light|dark|high-contrast] [--select=NODE_ID] [--layout] "
            + "[--screenshot=FILE.png]";

    static StartOptions parse(List<String> args) {
        Path file = null;
        Theme theme = Theme.LIGHT;
        Path screenshot = null;
        String select = null;
        boolean layout = false;
        for (String a : args) {
            if (a.startsWith("--theme")) {
                theme = Theme.fromName(value(a, "--theme", "light, dark or high-contrast"));
            } else if (a.startsWith("--screenshot")) {
                screenshot = Path.of(value(a, "--screenshot", "the PNG file to write"));
            } else if (a.startsWith("--select")) {
                select = value(a, "--select", "a node id");
            } else if (a.equals("--layout")) {
                layout = true;
            } else if (a.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + a + "; the designer takes " + USAGE);
            } else if (file == null) {
                file = Path.of(a);
            } else {
                throw new IllegalArgumentException("only one design file can be opened, but got " + file + " and " + a);
            }
        }
        return new StartOptions(file, theme, screenshot, select, layout);
    }

    /** The value of {@code --name=value}; an error when the '=' or the value is missing, or the name goes on. */
    private static String value(String arg, String name, String expected) {
        if (!arg.startsWith(name + "=")) {
            if (arg.length() > name.length()) {
                throw new IllegalArgumentException("unknown option " + arg + "; the designer takes " + USAGE);
            }
            throw new IllegalArgumentException("option " + name + " needs a value: " + name + "=VALUE (" + expected + ")");
        }
        String value = arg.substring(name.length() + 1);
        if (value.isBlank()) {
            throw new IllegalArgumentException("option " + name + " needs a value after '=' (" + expected + ")");
        }
        return value;
    }
}
