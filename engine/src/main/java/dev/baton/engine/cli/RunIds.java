// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Run ids a person can type and sort: the UTC start time to the second ({@code 20261122-031512}), with
 * {@code -2}, {@code -3}, ... when that id is taken. They do not come from the seed: two runs with the same seed
 * have the same trace, but are two runs.
 */
final class RunIds {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RunIds() {}

    static String next(Clock clock, Predicate<String> taken) {
        String base = STAMP.format(clock.instant());
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
