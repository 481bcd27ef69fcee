// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.store.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements. The scripts are ours and simple: {@code --} line comments, and
 * statements ending with {@code ;} at the end of a line. A {@code ;} inside a quoted string is kept.
 */
final class SqlScript {
    private SqlScript() {}

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inString = false;
        for (String line : script.split("\n", -1)) {
            String text = inString ? line : stripComment(line);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'') {
                    inString = !inString;
                }
                if (c == ';' && !inString) {
                    addIfPresent(statements, current);
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            current.append('\n');
        }
        if (inString) {
            throw new IllegalArgumentException("migration script ends inside a quoted string");
        }
        addIfPresent(statements, current);
        return statements;
    }

    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static void addIfPresent(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
    }
}
