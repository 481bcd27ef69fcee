// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.engine.core.Outcome;
import dev.baton.simulator.stats.DistributionSummary;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.Tally;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

/** The readable summary {@code baton simulate} prints: one simulation, or two side by side. Stateless. */
public final class TerminalSummary {
    private static final int MAX_INCIDENT_LINES = 15;
    private static final int REASONS_PER_OUTCOME = 3;

    private TerminalSummary() {}

    /** The summary of one simulation. */
    public static String render(SimulationReport r) {
        StringBuilder b = new StringBuilder();
        b.append(heading(r)).append('\n');
        b.append("  design hash ").append(r.designHash(), 0, 12).append("…, seed ").append(r.seed()).append('\n');
        if (r.completed() == 0) {
            return b.append("  no run finished before the simulation was cancelled\n").toString();
        }
        b.append('\n').append("Outcomes (95% confidence intervals)\n");
        TextGrid outcomes = new TextGrid("", "runs", "share", "95% CI");
        for (Tally.Share<Outcome> s : r.summary().outcomes()) {
            outcomes.row(name(s.key()), Numbers.count(s.count()), Numbers.percent(s.proportion()),
                    Numbers.percent(s.interval95().lower()) + " - " + Numbers.percent(s.interval95().upper()));
        }
        b.append(outcomes.render("  "));
        b.append(reasons(r));
        b.append('\n').append("Per run\n");
        TextGrid measures = new TextGrid("", "mean", "p50", "p95", "p99", "max");
        measure(measures, "tokens", r.summary().tokens(), Numbers::whole);
        measure(measures, "cost", r.summary().cost(), Numbers::money);
        measure(measures, "latency", r.summary().latency(), Numbers::duration);
        measure(measures, "hops", r.summary().hops(), Numbers::value);
        b.append(measures.render("  "));
        b.append('\n').append("Incidents, all nodes (per run)\n");
        TextGrid totals = new TextGrid("", "count", "per run");
        for (Map.Entry<NodeCounter, Long> e : r.totals().entrySet()) {
            totals.row(CounterNames.words(e.getKey()), Numbers.count(e.getValue()),
                    perRun(e.getValue(), r.completed()));
        }
        totals.row("runs with a human escalation", Numbers.count(r.escalatedRuns()),
                Numbers.percent((double) r.escalatedRuns() / r.completed()));
        b.append(totals.render("  "));
        b.append(runaway(r));
        b.append(incidents(r.incidents()));
        return b.toString();
    }

    /** The most frequent reasons of each outcome, with their numbers masked as #. */
    private static String reasons(SimulationReport r) {
        StringBuilder b = new StringBuilder("\nWhy runs ended (the most frequent reasons of each outcome; # is a number"
                + " that varies)\n");
        TextGrid grid = new TextGrid("", "runs", "share", "reason");
        for (Tally.Share<Outcome> s : r.summary().outcomes()) {
            List<EndReasons.Reason> top = r.tally().reasons().top(s.key(), REASONS_PER_OUTCOME);
            for (EndReasons.Reason reason : top) {
                grid.row(name(s.key()), Numbers.count(reason.runs()),
                        Numbers.percent((double) reason.runs() / r.completed()), reason.pattern());
            }
        }
        return b.append(grid.leftAligned(3).render("  ")).toString();
    }

    private static String heading(SimulationReport r) {
        String plan = r.faultsInjected() ? "under fault plan \"" + r.faultPlan().name() + "\""
                : "without injected faults";
        String runs = r.cancelled() ? Numbers.count(r.completed()) + " of " + Numbers.count(r.requested())
                + " runs (cancelled; the figures cover the runs that finished)"
                : Numbers.count(r.completed()) + " runs";
        return "Simulated \"" + r.design().name() + "\" " + plan + ": " + runs;
    }

    private static String runaway(SimulationReport r) {
        Runaway w = r.runaway();
        if (w.runs() == 0) {
            return "\nRunaways: none (every run ended by the design's own course or caps)\n";
        }
        return "\nRunaways: " + Numbers.count(w.runs()) + " runs (" + Numbers.percent(w.share())
                + ") had no cap of the design stop them and were cut at the horizon\n  (where the design sets no cap: "
                + r.horizon().describe() + ").\n  At the cut they had spent " + Numbers.money(w.meanCostAtCut()) + " on average (max "
                + Numbers.money(w.maxCostAtCut()) + "), " + Numbers.money(w.costPerHour())
                + " per simulated hour.\n  Projected: " + Numbers.money(w.projectedCost()) + " per run if left running "
                + hours(w) + " (their spending rate up to the cut x " + hours(w) + ").\n  Failure pattern: "
                + w.label() + "\n";
    }

    static String hours(Runaway w) {
        return String.format(Locale.ROOT, "%.0f hours", w.projectionHours());
    }

    private static String incidents(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return "\nIncidents by node: none\n";
        }
        StringBuilder b = new StringBuilder("\nIncidents by node, most frequent first\n");
        TextGrid grid = new TextGrid("node", "incident", "count", "per run", "failure pattern (MAST mode)");
        for (Incident i : incidents.subList(0, Math.min(MAX_INCIDENT_LINES, incidents.size()))) {
            grid.row(i.node().value(), i.what(), Numbers.count(i.count()), Numbers.rate(i.perRun()),
                    i.label());
        }
        b.append(grid.leftAligned(1).leftAligned(4).render("  "));
        if (incidents.size() > MAX_INCIDENT_LINES) {
            b.append("  ... and ").append(incidents.size() - MAX_INCIDENT_LINES)
                    .append(" more in the JSON and HTML reports\n");
        }
        return b.toString();
    }

    private static void measure(TextGrid g, String name, DistributionSummary d, DoubleFunction<String> f) {
        g.row(name, f.apply(d.mean()), f.apply(d.p50()), f.apply(d.p95()), f.apply(d.p99()), f.apply(d.max()));
    }

    private static String perRun(long count, double runs) {
        return Numbers.rate(count / runs);
    }

    static String name(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT);
    }
}
