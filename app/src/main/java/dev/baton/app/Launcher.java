// SPDX-License-Identifier: Apache-2.0
package dev.baton.app;

import javafx.application.Application;

/**
 * The jar's entry point. It must not extend {@code Application}: with JavaFX on the class path such a main class
 * fails with "JavaFX runtime components are missing" (stack.md section 2).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(DesignerApplication.class, args);
    }
}
