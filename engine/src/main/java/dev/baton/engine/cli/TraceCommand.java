// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.escalation.EscalationRecord;
import dev.baton.engine.store.run.RunRecord;
import dev.baton.engine.store.trace.DecisionRecord;
import dev.baton.engine.store.trace.MessageRecord;
import dev.baton.engine.store.trace.StoreWriteRecord;
import dev.baton.engine.store.trace.TraceEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code baton trace RUN}: one run's messages, decisions and store writes in order, readable in a terminal. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Show a run's trace: hop, sender -> receiver, trust, envelope status, decisions, store diffs.")
public final class TraceCommand extends BatonCommand {
    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "RUN", description = "The run id, or enough of its first characters to be unique.")
    String run;

    @Override
    protected int execute() {
        try (StoreSession session = database.open().session()) {
            RunRecord r = resolve(session);
            printHeader(r);
            List<TraceEntry> entries = session.trace(r.id());
            out().println();
            if (entries.isEmpty()) {
                out().println("  (no traced events)");
            }
            for (TraceEntry e : entries) {
                printEntry(e);
            }
            printEscalations(session.escalations().forRun(r.id()));
        }
        return ExitCodes.OK;
    }

    private RunRecord resolve(StoreSession session) {
        List<RunRecord> matches = session.runs().findByPrefix(run);
        if (matches.isEmpty()) {
            throw new CliException(ExitCodes.BAD_INPUT, "no run starting with \"" + run + "\" in " + database.location()
                    + " (see `baton runs`)");
        }
        for (RunRecord m : matches) {
            if (m.id().equals(run)) {
                return m;
            }
        }
        if (matches.size() > 1) {
            throw new CliException(ExitCodes.BAD_INPUT, "\"" + run + "\" matches " + matches.size() + " runs ("
                    + matches.stream().limit(5).map(RunRecord::id).collect(Collectors.joining(", "))
                    + "); type more of the id");
        }
        return matches.get(0);
    }

    private void printHeader(RunRecord r) {
        PrintWriter out = out();
        out.println("Run " + r.id() + "  " + r.designName() + "  seed " + r.seed() + "  started "
                + HumanFormat.timestamp(r.startedAt()));
        out.println("Trace id " + r.traceId() + "  design " + r.designHash().value().substring(0, 12));
        if (r.outcome().isPresent()) {
            out.println("Outcome: " + r.outcome().get().label() + " - " + r.reason());
        } else {
            out.println("Outcome: (running)");
        }
        out.println("Totals: hops " + r.totals().hops() + ", calls " + r.totals().calls() + ", tokens "
                + HumanFormat.count(r.totals().tokens()) + ", cost " + HumanFormat.cost(r.totals().costUsd()));
    }

    private void printEntry(TraceEntry e) {
        String prefix = String.format(Locale.ROOT, "  #%-4d +%-8s hop %-3d ", e.seq(),
                HumanFormat.duration(e.virtualTime()), e.hop());
        if (e instanceof MessageRecord) {
            out().println(prefix + message((MessageRecord) e));
        } else if (e instanceof DecisionRecord) {
            DecisionRecord d = (DecisionRecord) e;
            out().println(prefix + d.node() + " [" + d.kind() + "] " + d.decision()
                    + (d.reason().isEmpty() ? "" : ": " + d.reason()));
        } else if (e instanceof StoreWriteRecord) {
            StoreWriteRecord w = (StoreWriteRecord) e;
            String flag = w.conflict() ? "  CONFLICT (expected v" + w.expectedVersion().orElse(-1) + ")"
                    : w.lostUpdate() ? "  LOST UPDATE" : "";
            out().println(prefix + "store " + w.storeNode() + "[" + w.key() + "] written by " + w.writer() + ", v"
                    + w.version() + flag);
            for (String line : JsonDiff.lines(w.beforeJson(), w.afterJson())) {
                out().println("                              " + line);
            }
        } else {
            throw new AssertionError("unhandled " + e);
        }
    }

    private static String message(MessageRecord m) {
        StringBuilder line = new StringBuilder();
        line.append(m.sender()).append(" -> ").append(m.receiver()).append("  (").append(m.trust().jsonName())
                .append(')');
        if (m.envelopeStatus().isPresent()) {
            String envelope = m.envelopeJson().orElse("{}");
            line.append("  envelope ").append(m.envelopeStatus().get().jsonName());
            JsonDiff.field(envelope, "confidence").ifPresent(c -> line.append(" confidence ").append(c.asText()));
            JsonDiff.field(envelope, "reason").map(r -> r.asText()).filter(r -> !r.isEmpty())
                    .ifPresent(r -> line.append(": ").append(HumanFormat.clip(r, 80)));
        } else {
            line.append("  ").append(m.purpose().orElse("request"));
            if (m.attempt() > 1) {
                line.append(" (attempt ").append(m.attempt()).append(')');
            }
        }
        List<String> constraints = JsonDiff.constraintIds(m.constraintsJson());
        if (!constraints.isEmpty()) {
            line.append("  constraints [").append(String.join(", ", constraints)).append(']');
        }
        return line.toString();
    }

    private void printEscalations(List<EscalationRecord> escalations) {
        if (escalations.isEmpty()) {
            return;
        }
        out().println();
        out().println("Escalations:");
        for (EscalationRecord e : escalations) {
            String state = e.status().label() + e.decision().map(d -> " " + d.jsonName()).orElse("")
                    + e.answeredBy().map(by -> " by " + by).orElse("")
                    + e.note().map(n -> " (\"" + HumanFormat.clip(n, 60) + "\")").orElse("");
            out().println("  " + e.id() + "  " + e.humanNode() + ": " + HumanFormat.clip(e.question(), 80) + "  -> "
                    + state);
        }
    }
}
