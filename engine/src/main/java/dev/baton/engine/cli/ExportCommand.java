// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baton export DESIGN --bundle DIR}: a self-contained folder that runs the design anywhere with a JDK:
 * the engine's jar (no JavaFX), the design file, and {@code run.sh} / {@code run.cmd}, which run the design with
 * {@code java -jar} and pass their arguments on ({@code ./run.sh --db runs --seed 7}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a self-contained bundle folder: the engine jar, the design and a run script.")
public final class ExportCommand extends BatonCommand {
    /** The engine jar's name inside a bundle. */
    public static final String ENGINE_JAR = "baton-engine.jar";

    @Parameters(paramLabel = "DESIGN", description = "The design file (*.baton.json).")
    Path design;

    @Option(names = "--bundle", paramLabel = "DIR", required = true, description = "The folder to write.")
    Path bundle;

    @Option(names = "--engine-jar", paramLabel = "JAR",
            description = "Use this engine jar (engine-*-bundle.jar) instead of finding or assembling one.")
    Path engineJar;

    @Override
    protected int execute() throws IOException {
        DesignInput.load(design, err());
        if (Files.exists(bundle) && !Files.isDirectory(bundle)) {
            throw new CliException(ExitCodes.BAD_INPUT, "--bundle " + bundle + " is a file, not a folder");
        }
        Files.createDirectories(bundle);
        Path explicit = engineJar != null ? engineJar
                : System.getProperty("baton.engine.jar") != null ? Path.of(System.getProperty("baton.engine.jar"))
                : null;
        EngineJar.writeTo(bundle.resolve(ENGINE_JAR), explicit);
        String designName = design.getFileName().toString();
        Files.copy(design, bundle.resolve(designName), StandardCopyOption.REPLACE_EXISTING);
        writeScript(bundle.resolve("run.sh"), "#!/bin/sh\n"
                + "# Runs " + designName + " with the Baton engine.\n"
                + "# Arguments are passed on, e.g. --db DIR/runs --seed 7. Set JAVA to choose the java binary.\n"
                + "HERE=$(cd \"$(dirname \"$0\")\" && pwd)\n"
                + "exec \"${JAVA:-java}\" -jar \"$HERE/" + ENGINE_JAR + "\" run \"$HERE/" + designName + "\" \"$@\"\n");
        writeScript(bundle.resolve("run.cmd"), "@echo off\r\n"
                + "rem Runs " + designName + " with the Baton engine. Arguments are passed on.\r\n"
                + "java -jar \"%~dp0" + ENGINE_JAR + "\" run \"%~dp0" + designName + "\" %*\r\n");
        out().println("Bundle written to " + bundle.toAbsolutePath().normalize() + ":");
        out().println("  " + ENGINE_JAR + "  " + HumanFormat.count(Files.size(bundle.resolve(ENGINE_JAR))) + " bytes");
        out().println("  " + designName);
        out().println("  run.sh, run.cmd");
        out().println("Run it with: " + bundle.resolve("run.sh") + " [--db PATH] [--seed S] [--input FILE]");
        return ExitCodes.OK;
    }

    private static void writeScript(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): run.cmd needs no permission bits.
        }
    }
}
