// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.engine.store.run.RunOutcome;
import dev.baton.engine.store.run.RunRecord;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code baton runs}: the most recent runs in the trace store, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List recent runs, newest first.")
public final class RunsCommand extends BatonCommand {
    @Mixin
    DatabaseOption database;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many runs (default: 20).")
    int limit;

    @Override
    protected int execute() {
        if (limit < 1) {
            throw new CliException(ExitCodes.BAD_INPUT, "--limit must be >= 1, but was " + limit);
        }
        List<RunRecord> runs = database.open().withSession(s -> s.runs().recent(limit));
        if (runs.isEmpty()) {
            out().println("No runs yet in " + database.location() + ".");
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("RUN", "STARTED", "DESIGN", "OUTCOME", "HOPS", "CALLS", "TOKENS", "COST",
                "REASON");
        for (RunRecord r : runs) {
            table.row(r.id(), HumanFormat.timestamp(r.startedAt()), HumanFormat.clip(r.designName(), 32),
                    r.outcome().map(RunOutcome::label).orElse("running"), String.valueOf(r.totals().hops()),
                    String.valueOf(r.totals().calls()), HumanFormat.count(r.totals().tokens()),
                    HumanFormat.cost(r.totals().costUsd()), HumanFormat.clip(r.reason(), 60));
        }
        table.print(out());
        return ExitCodes.OK;
    }
}
