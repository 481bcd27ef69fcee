// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.report;

import java.util.Locale;

/** The report formats, with the renderer and the usual file extension of each. */
public enum ReportFormat {
    TEXT(new TextReport(), "txt"),
    MARKDOWN(new MarkdownReport(), "md"),
    HTML(new HtmlReport(), "html"),
    JSON(new JsonReport(), "json"),
    JUNIT(new JUnitReport(), "xml");

    private final ReviewReport renderer;
    private final String extension;

    ReportFormat(ReviewReport renderer, String extension) {
        this.renderer = renderer;
        this.extension = extension;
    }

    public ReviewReport renderer() {
        return renderer;
    }

    public String extension() {
        return extension;
    }

    /** Parses {@code text}, {@code markdown}, {@code html}, {@code json} or {@code junit} (any case). */
    public static ReportFormat fromName(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format \"" + name
                + "\" (expected text, markdown, html, json or junit)");
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
