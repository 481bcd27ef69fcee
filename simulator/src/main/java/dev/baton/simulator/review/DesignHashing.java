// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import dev.baton.model.Design;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How the review names a design revision: a content hash, the key of evidence and review records.
 *
 * <p>Interim port: the canonical hash is {@code ContentHash.of(design)} of the file format (SHA-256 of the
 * canonical file text), which is not on this build yet. {@link #INTERIM} hashes the record text instead: stable
 * for equal designs within one Baton version, but not equal to the file hash, so it must be replaced once the
 * format lands.
 */
@FunctionalInterface
public interface DesignHashing {
    /** SHA-256 of the design's record text, 64 lower-case hex digits. */
    DesignHashing INTERIM = design -> sha256(design.toString());

    /** The content hash of {@code design}: 64 lower-case hex digits. */
    String hash(Design design);

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
