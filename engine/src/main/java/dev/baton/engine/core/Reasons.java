// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import java.time.Duration;
import java.util.Locale;

/** Number and duration formatting for reasons a person reads ("50,000", "$1.00", "30s"). */
final class Reasons {
    private Reasons() {}

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String usd(long micros) {
        return String.format(Locale.ROOT, "$%,.2f", micros / 1_000_000.0);
    }

    static String conf(double c) {
        return String.format(Locale.ROOT, "%.2f", c);
    }

    static String duration(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        if (d.toMillis() < 1000) {
            return d.toMillis() + "ms";
        }
        long s = d.getSeconds();
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
