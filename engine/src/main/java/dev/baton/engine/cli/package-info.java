// SPDX-License-Identifier: Apache-2.0
/**
 * The engine's command line: {@code run}, {@code runs}, {@code trace}, {@code inbox} and {@code export}, as
 * picocli commands. The {@code baton} root command in the app registers them; {@link
 * dev.baton.engine.cli.EngineMain} is the root of an exported bundle's engine jar. Exit codes: 0 the run
 * completed (or the command succeeded), 1 the run ended without completing (or an answer was refused), 2 the
 * design was unreadable or the command could not be carried out.
 */
package dev.baton.engine.cli;
