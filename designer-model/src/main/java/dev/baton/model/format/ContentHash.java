// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.Design;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The identity of one revision of a design: the SHA-256 of its canonical JSON ({@link DesignFiles#toJson}), in
 * lower-case hex. Simulation results and reviews record it, so evidence can be tied to the exact design it was
 * made for. Two designs that save to the same bytes have the same hash; layout (node positions) counts.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(Design design) {
        byte[] canonical = DesignFiles.toJson(design).getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
