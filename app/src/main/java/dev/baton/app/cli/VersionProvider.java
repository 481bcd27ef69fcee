// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven filtered into {@code baton-version.properties}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("baton-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "baton " + p.getProperty("version", "(development build)"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
