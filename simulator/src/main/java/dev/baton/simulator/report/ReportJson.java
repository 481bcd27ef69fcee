// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.core.Outcome;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.profile.SimulationSectionWriter;
import dev.baton.simulator.stats.DistributionSummary;
import dev.baton.simulator.stats.Tally;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A simulation as JSON: the export of {@code --json} and the summary stored with the result in the trace database
 * (the review reads {@code escalatedRuns} and {@code faultsInjected} from it). Numbers that do not exist (the
 * quantiles of zero runs, the rate of no runaways) are {@code null}. Stateless and threadsafe.
 */
public final class ReportJson {
    /** The field the stored summary keeps the number of runs that exercised a human escalation in. */
    public static final String ESCALATED_RUNS = "escalatedRuns";
    /** The field saying whether the fault plan injected any fault. */
    public static final String FAULTS_INJECTED = "faultsInjected";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    /** The report as pretty-printed JSON text. */
    public static String write(SimulationReport r) {
        return text(tree(r));
    }

    /** A comparison of two simulations as JSON text: {@code a}, {@code b} and the tests. */
    public static String write(Comparison c) {
        ObjectNode o = NODES.objectNode();
        o.set("a", tree(c.a()));
        o.set("b", tree(c.b()));
        ObjectNode tests = o.putObject("tests");
        for (Comparison.Test t : c.tests()) {
            ObjectNode n = tests.putObject(t.measure());
            n.put("test", t.name());
            number(n, "statistic", t.result().statistic());
            n.put("degreesOfFreedom", t.result().degreesOfFreedom());
            number(n, "pValue", t.result().pValue());
        }
        return text(o);
    }

    static String text(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise: " + e.getMessage(), e);
        }
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(SimulationReport r) {
        ObjectNode o = NODES.objectNode();
        ObjectNode design = o.putObject("design");
        design.put("name", r.design().name());
        design.put("hash", r.designHash());
        ObjectNode plan = o.putObject("faultPlan");
        plan.put("name", r.faultPlan().name());
        plan.set("plan", faultPlanJson(r));
        o.put(FAULTS_INJECTED, r.faultsInjected());
        o.put("seed", r.seed());
        o.put("runsRequested", r.requested());
        o.put("runs", r.completed());
        o.put("cancelled", r.cancelled());
        ObjectNode horizon = o.putObject("horizon");
        horizon.put("calls", r.horizon().calls());
        horizon.put("hops", r.horizon().hopCap());
        horizon.put("simulatedSeconds", r.horizon().runTimeout().toMillis() / 1000.0);
        ArrayNode outcomes = o.putArray("outcomes");
        for (Tally.Share<Outcome> s : r.summary().outcomes()) {
            ObjectNode n = outcomes.addObject();
            n.put("outcome", s.key().name().toLowerCase(Locale.ROOT));
            n.put("count", s.count());
            number(n, "share", s.proportion());
            ArrayNode ci = n.putArray("ci95");
            ci.add(s.interval95().lower());
            ci.add(s.interval95().upper());
        }
        ArrayNode reasons = o.putArray("endReasons");
        for (EndReasons.Reason reason : r.reasons()) {
            ObjectNode n = reasons.addObject();
            n.put("outcome", reason.outcome().name().toLowerCase(Locale.ROOT));
            n.put("reason", reason.pattern());
            n.put("runs", reason.runs());
            number(n, "share", (double) reason.runs() / Math.max(1, r.completed()));
            n.put("example", reason.example());
            n.put("exampleRun", reason.exampleRun());
        }
        ObjectNode measures = o.putObject("measures");
        measures.set("tokens", distribution(r.summary().tokens()));
        measures.set("costUsd", distribution(r.summary().cost()));
        measures.set("latencySeconds", distribution(r.summary().latency()));
        measures.set("hops", distribution(r.summary().hops()));
        o.put(ESCALATED_RUNS, r.escalatedRuns());
        ObjectNode totals = o.putObject("totals");
        r.totals().forEach((c, n) -> totals.put(CounterNames.json(c), n));
        Runaway run = r.runaway();
        ObjectNode runaway = o.putObject("runaway");
        runaway.put("runs", run.runs());
        number(runaway, "share", run.share());
        number(runaway, "meanCostAtCutUsd", run.meanCostAtCut());
        number(runaway, "maxCostAtCutUsd", run.maxCostAtCut());
        number(runaway, "costPerSimulatedHourUsd", run.costPerHour());
        number(runaway, "projectionHours", run.projectionHours());
        number(runaway, "projectedCostUsd", run.projectedCost());
        ArrayNode patterns = runaway.putArray("patterns");
        run.patterns().forEach((pattern, n) -> patterns.addObject().put("pattern", pattern.title())
                .put("mast", pattern.mast().label()).put("runs", n));
        ObjectNode nodes = o.putObject("nodes");
        r.summary().counters().forEach((id, row) -> {
            ObjectNode n = nodes.putObject(id.value());
            row.forEach((c, v) -> n.put(CounterNames.json(c), v));
        });
        ArrayNode incidents = o.putArray("incidents");
        for (Incident i : r.incidents()) {
            ObjectNode n = incidents.addObject();
            n.put("node", i.node().value());
            n.put("counter", CounterNames.json(i.counter()));
            n.put("count", i.count());
            number(n, "perRun", i.perRun());
            if (i.pattern().isPresent()) {
                n.put("pattern", i.pattern().get().title());
                n.put("mast", i.pattern().get().mast().code());
            } else {
                n.putNull("pattern");
                n.putNull("mast");
            }
        }
        return o;
    }

    /** The fault plan in the design file's JSON form. */
    public static JsonNode faultPlanJson(SimulationReport r) {
        ObjectNode section = SimulationSectionWriter.toTree(new SimulationSection(Map.of(), List.of(r.faultPlan())),
                Map.of());
        return section.path("faultPlans").path(0);
    }

    private static ObjectNode distribution(DistributionSummary d) {
        ObjectNode n = NODES.objectNode();
        n.put("count", d.count());
        number(n, "mean", d.mean());
        number(n, "min", d.min());
        number(n, "p50", d.p50());
        number(n, "p95", d.p95());
        number(n, "p99", d.p99());
        number(n, "max", d.max());
        return n;
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }
}
