// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

/**
 * A design file that cannot be loaded, with where and why: the message reads
 * {@code "research.baton.json:14:22 at $.nodes[2].settings.tokenBudget: expected an integer >= 1, but found -5"},
 * followed by the model's rule in parentheses where a model rule was broken. Lines and columns are 1-based and
 * count characters; the path is a JSONPath into the file as written (before any format migration).
 */
public final class DesignLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of problem stopped the load. */
    public enum Kind {
        /** The file could not be read (missing, unreadable, not UTF-8). */
        IO,
        /** The text is not valid JSON (truncated, stray characters, duplicate keys). */
        SYNTAX,
        /** A size, depth, length or count limit was exceeded. */
        LIMIT,
        /** The JSON is valid but is not a valid design (wrong type, missing key, bad value). */
        CONTENT
    }

    private final Kind kind;
    private final String file;
    private final int line;
    private final int column;
    private final String jsonPath;
    private final String expected;
    private final String found;
    private final String rule;

    DesignLoadException(Kind kind, String file, int line, int column, String jsonPath, String expected, String found,
            String rule, Throwable cause) {
        super(file + ":" + line + ":" + column + " at " + jsonPath + ": expected " + expected + ", but found " + found
                + (rule.isEmpty() ? "" : " (" + rule + ")"), cause);
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath;
        this.expected = expected;
        this.found = found;
        this.rule = rule;
    }

    /** Whether the file was unreadable, not JSON, too large, or not a valid design. */
    public Kind kind() {
        return kind;
    }

    /** The file name as given to the loader (or the source name given to {@code fromJson}). */
    public String file() {
        return file;
    }

    /** The 1-based line of the offending value. */
    public int line() {
        return line;
    }

    /** The 1-based column (in characters) of the offending value. */
    public int column() {
        return column;
    }

    /** The JSONPath of the offending value, {@code $} for the whole document. */
    public String jsonPath() {
        return jsonPath;
    }

    /** What the format expects at that place. */
    public String expected() {
        return expected;
    }

    /** What the file has there; secrets are described, never echoed. */
    public String found() {
        return found;
    }

    /** The model rule that was broken, or {@code ""}. */
    public String rule() {
        return rule;
    }
}
