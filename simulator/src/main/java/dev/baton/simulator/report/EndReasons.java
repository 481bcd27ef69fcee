// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.engine.core.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why the runs of a batch ended: for each outcome, the runs grouped by the core's reason with its numbers masked
 * ({@code "planner used # tokens, more than its budget of # (answer truncated)"}), each group with the exact reason
 * of its first run as an example. Groups are kept per outcome up to {@link #MAX_GROUPS}; the runs of any further
 * pattern are counted under {@link #OTHER}.
 *
 * <p>Mergeable: the Monte Carlo runner adds runs in index order within a chunk and merges chunks in chunk order,
 * so the groups and their examples do not depend on the number of threads. Not threadsafe.
 */
public final class EndReasons {
    /** Patterns kept per outcome: enough for every distinct way a design ends, bounded for designs that vary. */
    static final int MAX_GROUPS = 64;
    /** The pattern that counts the runs beyond {@link #MAX_GROUPS}. */
    static final String OTHER = "(other reasons)";

    /** One group of runs: its pattern, how many runs, and the first run's reason and number. */
    public record Reason(Outcome outcome, String pattern, long runs, String example, long exampleRun) {}

    private static final class Group {
        final String example;
        final long exampleRun;
        long runs;

        Group(String example, long exampleRun, long runs) {
            this.example = example;
            this.exampleRun = exampleRun;
            this.runs = runs;
        }
    }

    private final Map<Outcome, Map<String, Group>> byOutcome = new EnumMap<>(Outcome.class);

    /** Counts run {@code run}, which ended {@code outcome} for {@code reason}. */
    public void add(Outcome outcome, String reason, long run) {
        String text = reason == null ? "" : reason;
        add(outcome, pattern(text), text, run, 1);
    }

    private void add(Outcome outcome, String pattern, String example, long run, long runs) {
        Map<String, Group> groups = byOutcome.computeIfAbsent(outcome, o -> new HashMap<>());
        Group g = groups.get(pattern);
        if (g == null && groups.size() >= MAX_GROUPS && !pattern.equals(OTHER)) {
            pattern = OTHER;
            g = groups.get(OTHER);
        }
        if (g == null) {
            groups.put(pattern, new Group(example, run, runs));
        } else {
            g.runs += runs;
        }
    }

    /** Adds {@code later}'s runs, which come after this one's in run order. */
    public void mergeFrom(EndReasons later) {
        later.byOutcome.forEach((outcome, groups) -> groups.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().exampleRun))
                .forEach(e -> add(outcome, e.getKey(), e.getValue().example, e.getValue().exampleRun,
                        e.getValue().runs)));
    }

    /** Every group, by outcome (in {@link Outcome} order), then most runs first, then first seen first. */
    public List<Reason> all() {
        List<Reason> out = new ArrayList<>();
        byOutcome.forEach((outcome, groups) -> groups.forEach((pattern, g) ->
                out.add(new Reason(outcome, pattern, g.runs, g.example, g.exampleRun))));
        out.sort(Comparator.comparing(Reason::outcome).thenComparing(Comparator.comparingLong(Reason::runs).reversed())
                .thenComparingLong(Reason::exampleRun));
        return List.copyOf(out);
    }

    /** The {@code n} largest groups of {@code outcome}. */
    public List<Reason> top(Outcome outcome, int n) {
        return all().stream().filter(r -> r.outcome() == outcome).limit(n).toList();
    }

    /**
     * The reason with each number written as {@code #}: digits with the separators inside them (1,024 and 0.85
     * and 2.5s alike), so that runs that ended the same way group together whatever they spent. Digits that are
     * part of a name ({@code worker-3}, {@code gpt-4o}) stay.
     */
    static String pattern(String reason) {
        StringBuilder b = null;
        int n = reason.length();
        for (int i = 0; i < n; i++) {
            char c = reason.charAt(i);
            if (isDigit(c) && (i == 0 || !partOfName(reason.charAt(i - 1)))) {
                if (b == null) {
                    b = new StringBuilder(n).append(reason, 0, i);
                }
                int j = i + 1;
                while (j < n && (isDigit(reason.charAt(j))
                        || (reason.charAt(j) == ',' || reason.charAt(j) == '.') && j + 1 < n && isDigit(reason.charAt(j + 1)))) {
                    j++;
                }
                b.append('#');
                i = j - 1;
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? reason : b.toString();
    }

    /** A digit after one of these belongs to a name (worker-3, gpt-4o, v2), not to a number. */
    private static boolean partOfName(char before) {
        return Character.isLetterOrDigit(before) || before == '-' || before == '_' || before == '.';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
