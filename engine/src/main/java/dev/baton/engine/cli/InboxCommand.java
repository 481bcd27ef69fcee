// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.engine.store.escalation.EscalationRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code baton inbox}: the escalations waiting for a person, soonest deadline first. Its subcommand
 * {@code answer} answers one; the run waiting on it sees the answer at its next look (see {@link
 * dev.baton.engine.store.escalation.EscalationWaiter}).
 */
@Command(name = "inbox", mixinStandardHelpOptions = true, subcommands = InboxAnswerCommand.class,
        description = "List escalations waiting for an answer; `inbox answer ID approve|reject|abort` answers one.")
public final class InboxCommand extends BatonCommand {
    @Mixin
    DatabaseOption database;

    private final Clock clock;

    /** An inbox on the wall clock. */
    public InboxCommand() {
        this(RealTime.clock());
    }

    /** An inbox that reads the time from {@code clock} (tests). */
    public InboxCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    Clock clock() {
        return clock;
    }

    @Override
    protected int execute() {
        List<EscalationRecord> pending = database.open().withSession(s -> s.escalations().pending());
        if (pending.isEmpty()) {
            out().println("Inbox empty: no escalation is waiting for an answer.");
            return ExitCodes.OK;
        }
        Instant now = clock.instant();
        TextTable table = new TextTable("ID", "RUN", "HUMAN", "DEADLINE", "DEFAULT", "QUESTION");
        for (EscalationRecord e : pending) {
            Duration left = Duration.between(now, e.deadline());
            String deadline = left.isNegative() ? "overdue by " + HumanFormat.duration(left.negated())
                    : "in " + HumanFormat.duration(left);
            table.row(String.valueOf(e.id()), e.runId(), e.humanNode().value(), deadline,
                    e.defaultDecision().jsonName(), HumanFormat.clip(e.question(), 70));
        }
        table.print(out());
        out().println();
        out().println("Answer with: baton inbox answer ID approve|reject|abort [--note TEXT]");
        return ExitCodes.OK;
    }
}
