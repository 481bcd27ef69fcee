// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.NodeId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one behaviour profile object; every key is optional and falls back to the given base profile. */
final class ProfileReader {
    static final List<String> KEYS = List.of("latency", "tokens", "outcomes", "confidence", "hallucinationRate",
            "detectionRate", "handoff", "convergencePerRound", "contextRotPerHop", "availability");

    private ProfileReader() {}

    static BehaviourProfile read(JsonCursor o, BehaviourProfile base) throws SimulationFormatException {
        o.allowOnly(KEYS);
        LatencyProfile latency = o.has("latency") ? latency(o.object("latency"), base.latency()) : base.latency();
        TokenProfile tokens = o.has("tokens") ? tokens(o.object("tokens"), base.tokens()) : base.tokens();
        OutcomeMix outcomes = o.has("outcomes") ? outcomes(o.object("outcomes")) : base.outcomes();
        ConfidenceProfile confidence = o.has("confidence") ? confidence(o.object("confidence")) : base.confidence();
        HandoffProfile handoff = o.has("handoff") ? handoff(o.object("handoff"), base.handoff()) : base.handoff();
        ToolAvailability availability =
                o.has("availability") ? availability(o.object("availability"), base.availability()) : base.availability();
        double hallucination = o.number("hallucinationRate", base.hallucinationRate());
        double detection = o.number("detectionRate", base.detectionRate());
        double convergence = o.number("convergencePerRound", base.convergencePerRound());
        double rot = o.number("contextRotPerHop", base.contextRotPerHop());
        return o.build(() -> new BehaviourProfile(latency, tokens, outcomes, confidence, hallucination, detection,
                handoff, convergence, rot, availability));
    }

    private static LatencyProfile latency(JsonCursor o, LatencyProfile base) throws SimulationFormatException {
        o.allowOnly(List.of("p50", "p95"));
        var p50 = o.duration("p50", base.p50());
        var p95 = o.duration("p95", base.p95());
        return o.build(() -> new LatencyProfile(p50, p95));
    }

    private static TokenProfile tokens(JsonCursor o, TokenProfile base) throws SimulationFormatException {
        o.allowOnly(List.of("input", "output"));
        long inP50 = base.inputP50();
        long inP95 = base.inputP95();
        long outP50 = base.outputP50();
        long outP95 = base.outputP95();
        if (o.has("input")) {
            JsonCursor in = o.object("input");
            in.allowOnly(List.of("p50", "p95"));
            inP50 = in.integer("p50", inP50);
            inP95 = in.integer("p95", inP95);
        }
        if (o.has("output")) {
            JsonCursor out = o.object("output");
            out.allowOnly(List.of("p50", "p95"));
            outP50 = out.integer("p50", outP50);
            outP95 = out.integer("p95", outP95);
        }
        long a = inP50;
        long b = inP95;
        long c = outP50;
        long d = outP95;
        return o.build(() -> new TokenProfile(a, b, c, d));
    }

    /** An outcome mix is given whole: a partial mix could not sum to 1 with the base's remainder in any clear way. */
    private static OutcomeMix outcomes(JsonCursor o) throws SimulationFormatException {
        Map<Outcome, Double> given = new EnumMap<>(Outcome.class);
        for (Map.Entry<String, JsonNode> f : o.fields()) {
            Outcome outcome;
            try {
                outcome = Outcome.fromJson(f.getKey());
            } catch (IllegalArgumentException e) {
                throw o.error(f.getKey(), "expected an outcome key, but found " + e.getMessage());
            }
            given.put(outcome, o.number(f.getKey()));
        }
        return o.build(() -> OutcomeMix.of(given));
    }

    private static ConfidenceProfile confidence(JsonCursor o) throws SimulationFormatException {
        String distribution = o.text("distribution");
        if (distribution.equals("beta")) {
            o.allowOnly(List.of("distribution", "alpha", "beta"));
            double alpha = o.number("alpha");
            double beta = o.number("beta");
            return o.build(() -> new ConfidenceProfile.Beta(alpha, beta));
        }
        if (distribution.equals("uniform")) {
            o.allowOnly(List.of("distribution", "low", "high"));
            double low = o.number("low");
            double high = o.number("high");
            return o.build(() -> new ConfidenceProfile.Uniform(low, high));
        }
        throw o.error("distribution", "expected \"beta\" or \"uniform\", but found \"" + distribution + "\"");
    }

    private static HandoffProfile handoff(JsonCursor o, HandoffProfile base) throws SimulationFormatException {
        o.allowOnly(List.of("rate", "notMyDomainRate", "preferences"));
        double rate = o.number("rate", base.rate());
        double notMine = o.number("notMyDomainRate", base.notMyDomainRate());
        Map<NodeId, Double> preferences = base.preferences();
        if (o.has("preferences")) {
            JsonCursor p = o.object("preferences");
            Map<NodeId, Double> read = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> f : p.fields()) {
                NodeId target = p.build(() -> NodeId.of(f.getKey()));
                read.put(target, p.number(f.getKey()));
            }
            preferences = read;
        }
        Map<NodeId, Double> chosen = preferences;
        return o.build(() -> new HandoffProfile(rate, notMine, chosen));
    }

    private static ToolAvailability availability(JsonCursor o, ToolAvailability base) throws SimulationFormatException {
        o.allowOnly(List.of("availability", "outages", "rateLimit"));
        double availability = o.number("availability", base.availability());
        List<TimeWindow> outages = base.outages();
        if (o.has("outages")) {
            List<TimeWindow> read = new ArrayList<>();
            for (JsonCursor w : o.objects("outages")) {
                w.allowOnly(List.of("from", "to"));
                read.add(window(w));
            }
            outages = read;
        }
        RateLimit limit = base.rateLimit();
        if (o.has("rateLimit")) {
            JsonCursor r = o.object("rateLimit");
            r.allowOnly(List.of("calls", "per"));
            long calls = r.integer("calls");
            var per = r.duration("per");
            limit = r.build(() -> new RateLimit(calls, per));
        }
        List<TimeWindow> chosenOutages = outages;
        RateLimit chosenLimit = limit;
        return o.build(() -> new ToolAvailability(availability, chosenOutages, chosenLimit));
    }

    /** The window in the {@code from} and {@code to} keys of {@code w}; the caller checks for other keys. */
    static TimeWindow window(JsonCursor w) throws SimulationFormatException {
        var from = w.duration("from");
        var to = w.duration("to");
        return w.build(() -> new TimeWindow(from, to));
    }
}
