// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import dev.baton.app.canvas.Corner;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View choices kept between sessions in a small properties file in the settings folder: the minimap's corner and
 * whether it is collapsed. The choices are a convenience, so an unreadable or unwritable file only logs a warning
 * and the defaults apply.
 */
final class ViewSettings {
    private static final Logger LOG = LoggerFactory.getLogger(ViewSettings.class);
    private static final String MINIMAP_CORNER = "minimap.corner";
    private static final String MINIMAP_COLLAPSED = "minimap.collapsed";

    private final Path file;
    private final Properties values = new Properties();

    ViewSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("could not read the view settings {}, using the defaults: {}", file, e.toString());
            }
        }
    }

    Corner minimapCorner() {
        return Corner.fromSettingName(values.getProperty(MINIMAP_CORNER, ""), Corner.BOTTOM_RIGHT);
    }

    void setMinimapCorner(Corner corner) {
        put(MINIMAP_CORNER, corner.settingName());
    }

    boolean minimapCollapsed() {
        return Boolean.parseBoolean(values.getProperty(MINIMAP_COLLAPSED, "false"));
    }

    void setMinimapCollapsed(boolean collapsed) {
        put(MINIMAP_COLLAPSED, Boolean.toString(collapsed));
    }

    private void put(String key, String value) {
        values.setProperty(key, value);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, "Baton view settings");
            }
        } catch (IOException e) {
            LOG.warn("could not write the view settings {}: {}", file, e.toString());
        }
    }
}
