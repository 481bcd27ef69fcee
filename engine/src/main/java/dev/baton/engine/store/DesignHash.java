// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The content hash of one design revision: SHA-256 of the design file's bytes, as 64 lower-case hex digits.
 * Runs, simulation results and reviews carry it, so evidence is matched to the revision it was gathered on.
 */
public record DesignHash(String value) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public DesignHash {
        Objects.requireNonNull(value, "design hash must not be null");
        if (!SHA256.matcher(value).matches()) {
            throw new IllegalArgumentException("design hash must be 64 lower-case hex digits (SHA-256), but was \""
                    + value + "\"");
        }
    }

    /** The hash of a design file's content. */
    public static DesignHash of(byte[] content) {
        try {
            return new DesignHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }

    /** The hash of a design's text, encoded as UTF-8. */
    public static DesignHash of(String content) {
        return of(content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value;
    }
}
