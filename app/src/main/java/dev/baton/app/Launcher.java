// SPDX-License-Identifier: Apache-2.0
package dev.baton.app;

import dev.baton.app.cli.BatonCli;
import java.io.PrintWriter;
import javafx.application.Application;

/**
 * The jar's entry point: the designer or the command line. It must not extend {@code Application}: with JavaFX on the class path such a main class
 * fails with "JavaFX runtime components are missing" (stack.md section 2).
 */
public final class Launcher {
    private Launcher() {
    }

    /** Opens the designer (no arguments, or a design file), or runs a {@code baton} command. */
    public static void main(String[] args) {
        if (BatonCli.opensDesigner(args)) {
            Application.launch(DesignerApplication.class, args);
            return;
        }
        // Commands must not start the JavaFX toolkit: they run headless, in CI and over ssh.
        System.exit(BatonCli.execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
