// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the trace database lives on disk. H2 keeps it in {@code <base>.mv.db}; {@code base} is the path without
 * that suffix. The default is the user's data folder: {@code $XDG_DATA_HOME/baton/baton} (or
 * {@code ~/.local/share/baton/baton}) on Linux, {@code ~/Library/Application Support/Baton/baton} on macOS and
 * {@code %APPDATA%\Baton\baton} on Windows.
 *
 * <p>This class is threadsafe (immutable).
 *
 * @param base the database path without H2's {@code .mv.db} suffix, absolute
 */
public record DatabaseLocation(Path base) {
    /** H2's file suffix for the MVStore format. */
    public static final String FILE_SUFFIX = ".mv.db";
    /** The file name (without suffix) used in the data folder. */
    public static final String DEFAULT_NAME = "baton";

    public DatabaseLocation {
        Objects.requireNonNull(base, "database path must not be null");
        base = base.toAbsolutePath().normalize();
        if (base.getFileName() == null) {
            throw new IllegalArgumentException("database path must name a file, but was \"" + base + "\"");
        }
        if (base.toString().indexOf(';') >= 0) {
            // H2 reads ';' in a URL as the start of a setting, which could switch embedded mode off.
            throw new IllegalArgumentException("database path must not contain ';', but was \"" + base + "\"");
        }
    }

    /**
     * The location for a path given by a user ({@code --db}): either the base or the {@code .mv.db} file itself.
     */
    public static DatabaseLocation of(Path path) {
        Objects.requireNonNull(path, "database path must not be null");
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.endsWith(FILE_SUFFIX) && name.length() > FILE_SUFFIX.length()) {
            path = path.resolveSibling(name.substring(0, name.length() - FILE_SUFFIX.length()));
        }
        return new DatabaseLocation(path);
    }

    /** The default location for this user, from the process environment and system properties. */
    public static DatabaseLocation userDefault() {
        return userDefault(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** The default location for the given environment, operating system name and home folder. */
    static DatabaseLocation userDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(Objects.requireNonNull(userHome, "user.home must be set"));
        Path folder;
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            folder = nonBlank(appData) ? Path.of(appData, "Baton") : home.resolve("AppData/Roaming/Baton");
        } else if (os.startsWith("mac")) {
            folder = home.resolve("Library/Application Support/Baton");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
            folder = nonBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg, "baton")
                    : home.resolve(".local/share/baton");
        }
        return new DatabaseLocation(folder.resolve(DEFAULT_NAME));
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** The file H2 writes. */
    public Path file() {
        return base.resolveSibling(base.getFileName() + FILE_SUFFIX);
    }

    /**
     * The JDBC URL. It pins embedded file mode: {@code AUTO_SERVER=FALSE} so H2 never starts its TCP server for
     * a second process, and the default file lock, so a second process gets a clear "in use" error instead of
     * corrupting the file. {@code DB_CLOSE_DELAY=0} closes the file when the last connection closes, which lets
     * other processes ({@code baton inbox} while a run waits) take their turn.
     */
    public String jdbcUrl() {
        return "jdbc:h2:file:" + base + ";AUTO_SERVER=FALSE;FILE_LOCK=FILE;DB_CLOSE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    @Override
    public String toString() {
        return file().toString();
    }
}
