// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The engine's runnable jar for an exported bundle: the engine, the design model and their libraries (Jackson,
 * H2, picocli, SLF4J), with {@link EngineMain} as its main class, and no JavaFX.
 *
 * <p>Where it comes from, first match wins: an explicit jar ({@code --engine-jar} or the {@code baton.engine.jar}
 * system property, for installers that ship the shaded {@code engine-*-bundle.jar}); the jar this code runs from,
 * when that already is an engine jar; otherwise it is assembled from the classes this JVM loaded them from,
 * keeping only the engine's own packages. The last path makes export work from the desktop app's fat jar and
 * from a development build alike, and cannot pick up JavaFX, because only listed packages are copied.
 */
final class EngineJar {
    /** The packages and resources the engine needs at run time. */
    static final List<String> PACKAGES = List.of("dev/baton/engine/", "dev/baton/model/", "com/fasterxml/jackson/",
            "org/h2/", "picocli/", "org/slf4j/", "db/migration/");
    /** A class from each library the engine jar needs, to find where the library is loaded from. */
    private static final List<Class<?>> LIBRARIES = List.of(EngineMain.class, Design.class, ObjectMapper.class,
            JsonFactory.class, JsonProperty.class, org.h2.Driver.class, CommandLine.class, LoggerFactory.class);

    private EngineJar() {}

    /** Writes the engine jar to {@code target}. */
    static void writeTo(Path target, Path explicitJar) throws IOException {
        if (explicitJar != null) {
            if (!Files.isRegularFile(explicitJar)) {
                throw new CliException(ExitCodes.BAD_INPUT, "engine jar " + explicitJar + " does not exist");
            }
            Files.copy(explicitJar, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Path self = location(EngineMain.class);
        if (Files.isRegularFile(self) && isEngineJar(self)) {
            Files.copy(self, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        assemble(target);
    }

    private static boolean isEngineJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            return EngineMain.class.getName().equals(main)
                    && file.getEntry("javafx/application/Application.class") == null;
        }
    }

    private static void assemble(Path target) throws IOException {
        Set<Path> sources = new LinkedHashSet<>();
        for (Class<?> library : LIBRARIES) {
            sources.add(location(library));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, EngineMain.class.getName());
        Set<String> written = new HashSet<>();
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target), manifest)) {
            for (Path source : sources) {
                if (Files.isDirectory(source)) {
                    copyFolder(source, jar, written);
                } else {
                    copyJar(source, jar, written);
                }
            }
        }
    }

    private static void copyFolder(Path root, JarOutputStream jar, Set<String> written) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (wanted(name) && written.add(name)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        put(jar, name, in);
                    }
                }
            }
        }
    }

    private static void copyJar(Path source, JarOutputStream jar, Set<String> written) throws IOException {
        try (JarFile file = new JarFile(source.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && wanted(entry.getName()) && written.add(entry.getName())) {
                    try (InputStream in = file.getInputStream(entry)) {
                        put(jar, entry.getName(), in);
                    }
                }
            }
        }
    }

    static boolean wanted(String entryName) {
        if (entryName.endsWith("module-info.class")) {
            return false;
        }
        for (String prefix : PACKAGES) {
            if (entryName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void put(JarOutputStream jar, String name, InputStream in) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        in.transferTo(jar);
        jar.closeEntry();
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new CliException(ExitCodes.BAD_INPUT, "cannot find where " + type.getName()
                    + " is loaded from; pass the engine jar with --engine-jar");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new CliException(ExitCodes.BAD_INPUT, "cannot read the location of " + type.getName() + ": "
                    + source.getLocation(), e);
        }
    }
}
