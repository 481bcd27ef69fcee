// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import dev.baton.engine.core.Outcome;
import dev.baton.simulator.stats.DistributionSummary;
import dev.baton.simulator.stats.NodeCounter;
import dev.baton.simulator.stats.Tally;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/** Two simulations side by side in the terminal: columns A, B and B - A, with each measure's test p-value. */
public final class ComparisonSummary {
    private ComparisonSummary() {}

    public static String render(Comparison c) {
        SimulationReport a = c.a();
        SimulationReport b = c.b();
        StringBuilder s = new StringBuilder("Comparison (same seed ").append(a.seed())
                .append(", so both sides draw the same random numbers where they agree)\n");
        s.append("  A: ").append(side(a)).append('\n');
        s.append("  B: ").append(side(b)).append('\n');
        s.append("  p < ").append(Comparison.ALPHA).append(" marks a difference unlikely to be chance\n\n");

        TextGrid outcomes = new TextGrid("outcome", "A", "B", "B - A");
        TreeSet<Outcome> keys = new TreeSet<>();
        a.summary().outcomes().forEach(x -> keys.add(x.key()));
        b.summary().outcomes().forEach(x -> keys.add(x.key()));
        for (Outcome o : keys) {
            double pa = a.tally().stats().outcomeTally().share(o).proportion();
            double pb = b.tally().stats().outcomeTally().share(o).proportion();
            outcomes.row(TerminalSummary.name(o), shareWithCi(a, o), shareWithCi(b, o), points(pb - pa));
        }
        s.append(outcomes.render("  "));
        s.append(testLine(c.test("outcomes"))).append('\n');

        TextGrid m = new TextGrid("per run", "A", "B", "B - A", "p (KS)");
        measure(m, c, "tokens", "tokens", r -> r.summary().tokens(), Numbers::whole);
        measure(m, c, "cost", "costUsd", r -> r.summary().cost(), Numbers::money);
        measure(m, c, "latency", "latencySeconds", r -> r.summary().latency(), Numbers::duration);
        measure(m, c, "hops", "hops", r -> r.summary().hops(), Numbers::value);
        s.append(m.render("  ")).append('\n');

        TextGrid incidents = new TextGrid("incidents (all nodes)", "A", "B", "B - A");
        Map<NodeCounter, Long> ta = a.totals();
        Map<NodeCounter, Long> tb = b.totals();
        for (NodeCounter k : NodeCounter.values()) {
            incidents.row(CounterNames.words(k), Numbers.count(ta.get(k)), Numbers.count(tb.get(k)),
                    signed(tb.get(k) - ta.get(k)));
        }
        incidents.row("runs with a human escalation", Numbers.count(a.escalatedRuns()),
                Numbers.count(b.escalatedRuns()), signed(b.escalatedRuns() - a.escalatedRuns()));
        incidents.row("runaway runs (cut at the horizon)", Numbers.count(a.runaway().runs()),
                Numbers.count(b.runaway().runs()), signed(b.runaway().runs() - a.runaway().runs()));
        s.append(incidents.render("  "));
        return s.toString();
    }

    private static void measure(TextGrid g, Comparison c, String name, String test,
            Function<SimulationReport, DistributionSummary> part, DoubleFunction<String> f) {
        DistributionSummary x = part.apply(c.a());
        DistributionSummary y = part.apply(c.b());
        String p = p(c.test(test).result().pValue());
        g.row(name + " mean", f.apply(x.mean()), f.apply(y.mean()), signedWith(y.mean() - x.mean(), f), p);
        g.row(name + " p50", f.apply(x.p50()), f.apply(y.p50()), signedWith(y.p50() - x.p50(), f), "");
        g.row(name + " p95", f.apply(x.p95()), f.apply(y.p95()), signedWith(y.p95() - x.p95(), f), "");
        g.row(name + " p99", f.apply(x.p99()), f.apply(y.p99()), signedWith(y.p99() - x.p99(), f), "");
    }

    private static String side(SimulationReport r) {
        return "\"" + r.design().name() + "\" " + (r.faultsInjected() ? "under \"" + r.faultPlan().name() + "\""
                : "without faults") + ", " + Numbers.count(r.completed()) + " runs"
                + (r.cancelled() ? " (cancelled)" : "");
    }

    private static String shareWithCi(SimulationReport r, Outcome o) {
        Tally.Share<Outcome> s = r.tally().stats().outcomeTally().share(o);
        return Numbers.percent(s.proportion()) + " [" + Numbers.percent(s.interval95().lower()) + ", "
                + Numbers.percent(s.interval95().upper()) + "]";
    }

    private static String testLine(Comparison.Test t) {
        return String.format(Locale.ROOT, "  outcome mix: %s = %.2f, %d degrees of freedom, p %s%s%n", t.name(),
                t.result().statistic(), t.result().degreesOfFreedom(), p(t.result().pValue()),
                t.result().rejectsAt(Comparison.ALPHA) ? " (the mixes differ)" : " (no significant difference)");
    }

    static String p(double p) {
        if (p < 0.0001) {
            return "< 0.0001";
        }
        return String.format(Locale.ROOT, "%.4f", p);
    }

    private static String points(double d) {
        return String.format(Locale.ROOT, "%+.1f pp", d * 100);
    }

    private static String signed(long d) {
        return d > 0 ? "+" + Numbers.count(d) : Numbers.count(d);
    }

    private static String signedWith(double d, DoubleFunction<String> f) {
        if (!Double.isFinite(d)) {
            return "-";
        }
        return d > 0 ? "+" + f.apply(d) : d < 0 ? "-" + f.apply(-d) : "0";
    }
}
