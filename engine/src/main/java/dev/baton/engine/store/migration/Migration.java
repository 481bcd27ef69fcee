// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.migration;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schema migration: a classpath SQL script named {@code V<version>__<description>.sql}.
 *
 * @param version the schema version the script produces (1, 2, ...)
 * @param resource the classpath resource, for example {@code db/migration/V1__trace_tables.sql}
 */
public record Migration(int version, String resource) {
    private static final Pattern NAME = Pattern.compile("(?:.*/)?V(\\d+)__([a-z0-9_]+)\\.sql");

    public Migration {
        Objects.requireNonNull(resource, "migration resource must not be null");
        Matcher m = NAME.matcher(resource);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration resource must be named V<version>__<words>.sql, but was \""
                    + resource + "\"");
        }
        if (Integer.parseInt(m.group(1)) != version) {
            throw new IllegalArgumentException("migration " + resource + " must have version " + m.group(1)
                    + ", but was declared as " + version);
        }
    }

    /** Parses a resource name; the version comes from the name. */
    public static Migration of(String resource) {
        Matcher m = NAME.matcher(Objects.requireNonNull(resource, "migration resource must not be null"));
        if (!m.matches()) {
            throw new IllegalArgumentException("migration resource must be named V<version>__<words>.sql, but was \""
                    + resource + "\"");
        }
        return new Migration(Integer.parseInt(m.group(1)), resource);
    }

    /** The words after the version, with spaces: "trace tables". */
    public String description() {
        Matcher m = NAME.matcher(resource);
        if (!m.matches()) {
            throw new AssertionError("checked in the constructor: " + resource);
        }
        return m.group(2).replace('_', ' ');
    }

    /** The file name without folders. */
    public String scriptName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
