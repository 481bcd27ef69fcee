// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --horizon}: "90s", "30m", "2h", "1h30m" (as in design files), or ISO-8601 "PT2H". */
final class HorizonTimeConverter implements ITypeConverter<Duration> {
    private static final Pattern TEXT = Pattern.compile("(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?");

    @Override
    public Duration convert(String value) {
        String v = value.trim();
        Duration d;
        if (v.startsWith("P") || v.startsWith("p")) {
            try {
                d = Duration.parse(v);
            } catch (java.time.format.DateTimeParseException e) {
                throw new TypeConversionException("expected a duration such as 90s, 30m, 2h or PT2H, but found \""
                        + value + "\"");
            }
        } else {
            Matcher m = TEXT.matcher(v);
            if (v.isEmpty() || !m.matches()) {
                throw new TypeConversionException("expected a duration such as 90s, 30m, 2h or PT2H, but found \""
                        + value + "\"");
            }
            d = Duration.ofHours(part(m, 1)).plusMinutes(part(m, 2)).plusSeconds(part(m, 3));
        }
        if (d.isZero() || d.isNegative()) {
            throw new TypeConversionException("the horizon must be longer than 0, but was \"" + value + "\"");
        }
        return d;
    }

    private static long part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
