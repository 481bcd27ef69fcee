// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.engine.core.Outcome;
import dev.baton.model.NodeId;
import dev.baton.simulator.stats.DistributionSummary;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * A self-contained HTML report of a simulation (or a comparison): inline CSS and inline SVG charts, no scripts and
 * no external assets, so it can be mailed or attached to a review. Stateless.
 */
public final class HtmlReport {
    private static final int BINS = 24;
    private static final String CSS = "body{font-family:system-ui,sans-serif;margin:2em;color:#1d2330;max-width:60em}"
            + "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}table{border-collapse:collapse;margin:.5em 0}"
            + "td,th{border-bottom:1px solid #dde;padding:.25em .6em;text-align:right}td:first-child,th:first-child"
            + "{text-align:left}td.text,th.text{text-align:left}.note{color:#556}svg text{font-size:12px;fill:#1d2330}svg line{stroke:#1d2330}"
            + "svg .bar{fill:#4a78c2}svg .cdf{fill:none;stroke:#c2564a;stroke-width:2}.warn{color:#a33}";

    private HtmlReport() {}

    /** The report of one simulation. */
    public static String render(SimulationReport r) {
        StringBuilder b = page("Simulation of " + r.design().name());
        b.append(section(r, ""));
        return b.append("</body></html>\n").toString();
    }

    /** Two simulations and the tests between them. */
    public static String render(Comparison c) {
        StringBuilder b = page("Comparison: " + c.a().design().name() + " / " + c.b().design().name());
        b.append("<h2>Tests</h2><table><tr><th>measure</th><th>test</th><th>statistic</th><th>p-value</th></tr>");
        for (Comparison.Test t : c.tests()) {
            b.append("<tr><td>").append(t.measure()).append("</td><td>").append(t.name()).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.4f", t.result().statistic())).append("</td><td>")
                    .append(ComparisonSummary.p(t.result().pValue())).append("</td></tr>");
        }
        b.append("</table>");
        b.append(section(c.a(), "A: ")).append(section(c.b(), "B: "));
        return b.append("</body></html>\n").toString();
    }

    private static StringBuilder page(String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(title)).append("</title><style>").append(CSS).append("</style></head><body><h1>")
                .append(Html.escape(title)).append("</h1>\n");
    }

    private static String section(SimulationReport r, String prefix) {
        String id = prefix.isEmpty() ? "" : prefix.substring(0, 1).toLowerCase(Locale.ROOT) + "-";
        StringBuilder b = new StringBuilder();
        b.append("<h2>").append(Html.escape(prefix + r.design().name())).append("</h2><p class=\"note\">")
                .append(r.faultsInjected() ? "Fault plan &ldquo;" + Html.escape(r.faultPlan().name()) + "&rdquo;"
                        : "No injected faults")
                .append("; ").append(Numbers.count(r.completed())).append(" runs")
                .append(r.cancelled() ? " of " + Numbers.count(r.requested()) + " (cancelled)" : "")
                .append("; seed ").append(r.seed()).append("; design hash <code>").append(r.designHash())
                .append("</code></p>\n");
        if (r.completed() == 0) {
            return b.append("<p>No run finished.</p>").toString();
        }
        List<Svg.ShareBar> shares = new ArrayList<>();
        for (Tally.Share<Outcome> s : r.summary().outcomes()) {
            shares.add(new Svg.ShareBar(TerminalSummary.name(s.key()), s.proportion(), s.interval95().lower(),
                    s.interval95().upper()));
        }
        b.append("<h3>Outcome mix (95% confidence intervals)</h3>")
                .append(Svg.shareBars(id + "outcomes", "outcome mix", shares));
        b.append(reasons(r));
        b.append("<h3>Per run</h3><table><tr><th></th><th>mean</th><th>p50</th><th>p95</th><th>p99</th><th>max</th></tr>")
                .append(measure("tokens", r.summary().tokens(), Numbers::whole))
                .append(measure("cost", r.summary().cost(), Numbers::money))
                .append(measure("latency", r.summary().latency(), Numbers::duration))
                .append(measure("hops", r.summary().hops(), Numbers::value)).append("</table>\n");
        b.append("<h3>Cost per run</h3>")
                .append(Svg.histogram(id + "cost", "cost histogram", r.tally().stats().costSamples().sorted(), BINS,
                        Numbers::money));
        b.append("<h3>Latency (cumulative share of runs finished by a simulated time)</h3>")
                .append(Svg.cdf(id + "latency", "latency CDF", r.tally().stats().latencySamples().sorted(),
                        Numbers::duration));
        List<Svg.Bar> modes = new ArrayList<>();
        for (Map.Entry<NodeCounter, Long> e : r.totals().entrySet()) {
            modes.add(new Svg.Bar(CounterNames.words(e.getKey()), e.getValue(), Numbers.count(e.getValue())));
        }
        b.append("<h3>Failure modes (all nodes)</h3>").append(Svg.bars(id + "failures", "failure-mode counts", modes));
        b.append(runaway(r));
        b.append(incidents(r)).append(nodeTable(r));
        return b.toString();
    }

    private static String measure(String name, DistributionSummary d, DoubleFunction<String> f) {
        return "<tr><td>" + name + "</td><td>" + f.apply(d.mean()) + "</td><td>" + f.apply(d.p50()) + "</td><td>"
                + f.apply(d.p95()) + "</td><td>" + f.apply(d.p99()) + "</td><td>" + f.apply(d.max()) + "</td></tr>";
    }

    private static String runaway(SimulationReport r) {
        Runaway w = r.runaway();
        if (w.runs() == 0) {
            return "<p>Runaways: none; every run ended by the design's own course or caps.</p>\n";
        }
        return "<p class=\"warn\">Runaways: " + Numbers.count(w.runs()) + " runs (" + Numbers.percent(w.share())
                + ") were cut at the horizon (" + Html.escape(r.horizon().describe()) + "), having spent "
                + Numbers.money(w.meanCostAtCut()) + " on average, " + Numbers.money(w.costPerHour())
                + " per simulated hour; projected " + Numbers.money(w.projectedCost()) + " per run over "
                + TerminalSummary.hours(w) + " at that rate. Failure pattern: " + Html.escape(w.label()) + ".</p>\n";
    }

    /** Why runs ended: every reason group, with the first run's exact reason as an example. */
    private static String reasons(SimulationReport r) {
        StringBuilder b = new StringBuilder("<h3>Why runs ended</h3><p class=\"note\"># stands for a number that"
                + " varies from run to run; the example is the first run that ended so.</p><table><tr><th>outcome</th>"
                + "<th>runs</th><th>share</th><th class=\"text\">reason</th><th class=\"text\">example (run number)</th>"
                + "</tr>");
        for (EndReasons.Reason reason : r.reasons()) {
            b.append("<tr><td>").append(TerminalSummary.name(reason.outcome())).append("</td><td>")
                    .append(Numbers.count(reason.runs())).append("</td><td>")
                    .append(Numbers.percent((double) reason.runs() / r.completed())).append("</td><td class=\"text\">")
                    .append(Html.escape(reason.pattern())).append("</td><td class=\"text\">")
                    .append(Html.escape(reason.example()))
                    .append(" (").append(reason.exampleRun()).append(")</td></tr>");
        }
        return b.append("</table>\n").toString();
    }

    private static String incidents(SimulationReport r) {
        StringBuilder b = new StringBuilder("<h3>Incidents</h3><table><tr><th>node</th><th class=\"text\">incident</th>"
                + "<th>count</th><th>per run</th><th class=\"text\">failure pattern (MAST mode)</th></tr>");
        for (Incident i : r.incidents()) {
            b.append("<tr><td>").append(Html.escape(i.node().value())).append("</td><td class=\"text\">")
                    .append(i.what())
                    .append("</td><td>").append(Numbers.count(i.count())).append("</td><td>")
                    .append(Numbers.rate(i.perRun())).append("</td><td class=\"text\">")
                    .append(Html.escape(i.label())).append("</td></tr>");
        }
        return b.append("</table>\n").toString();
    }

    private static String nodeTable(SimulationReport r) {
        StringBuilder b = new StringBuilder("<h3>Per node</h3><table><tr><th>node</th>");
        for (NodeCounter c : NodeCounter.values()) {
            b.append("<th>").append(CounterNames.words(c)).append("</th>");
        }
        b.append("</tr>");
        for (Map.Entry<NodeId, Map<NodeCounter, Long>> row : r.summary().counters().entrySet()) {
            b.append("<tr><td>").append(Html.escape(row.getKey().value())).append("</td>");
            for (NodeCounter c : NodeCounter.values()) {
                b.append("<td>").append(Numbers.count(row.getValue().getOrDefault(c, 0L))).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</table>\n").toString();
    }
}
