// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The designs offered by "New from template": the repository's {@code designs/*.baton.json} (the three patterns
 * done right and the incident designs), copied into the app's resources at build time (see the app pom), so that
 * the fat jar and the installers carry them. Read from the classpath, from a folder or from inside the jar.
 */
public final class Templates {
    /** The classpath folder the build copies {@code designs/} into. */
    public static final String RESOURCE_FOLDER = "/dev/baton/app/templates";

    /** One template: a display name and where to read it. Incidents sort after the patterns. */
    public record Template(String name, Path path, boolean incident) {
    }

    private Templates() {
    }

    /** The templates on the classpath, patterns first, then incidents, each alphabetically. */
    public static List<Template> onClasspath() {
        URL url = Templates.class.getResource(RESOURCE_FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            Path folder;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                folder = fs.getPath(RESOURCE_FOLDER);
            } else {
                folder = Path.of(uri);
            }
            return inFolder(folder);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled templates at " + url, e);
        }
    }

    /** The {@code *.baton.json} files in {@code folder}. */
    public static List<Template> inFolder(Path folder) throws IOException {
        List<Template> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".baton.json")).forEach(p -> {
                String file = p.getFileName().toString();
                String stem = file.substring(0, file.length() - ".baton.json".length());
                boolean incident = stem.startsWith("incident-");
                result.add(new Template(displayName(incident ? stem.substring("incident-".length()) : stem), p,
                        incident));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        result.sort((a, b) -> a.incident() != b.incident() ? Boolean.compare(a.incident(), b.incident())
                : a.name().compareTo(b.name()));
        return result;
    }

    /** {@code support-handoff} as {@code Support handoff}. */
    static String displayName(String stem) {
        String words = stem.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
