// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

/**
 * What the loader accepts at most. A design file is edited by people and shared between them, so a hostile or
 * broken file must fail fast with a clear message instead of exhausting memory or the stack. The values are far
 * above any real design (the largest sample has a few dozen nodes).
 */
final class Limits {
    /** Largest file, in bytes. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** Deepest nesting of objects and arrays (the design itself uses about 8 levels). */
    static final int MAX_DEPTH = 64;
    /** Longest string, in characters (instructions are the longest real strings). */
    static final int MAX_STRING_CHARS = 1024 * 1024;
    /** Most nodes in one design. */
    static final int MAX_NODES = 100_000;
    /** Most edges in one design. */
    static final int MAX_EDGES = 200_000;
    /** Most digits a number may have when written out in plain notation. */
    static final int MAX_NUMBER_DIGITS = 1000;

    private Limits() {}
}
