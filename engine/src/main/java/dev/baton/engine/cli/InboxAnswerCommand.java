// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.engine.store.escalation.AnswerResult;
import dev.baton.model.spec.HumanDecision;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code baton inbox answer ID approve|reject|abort [--note TEXT]}: answers a pending escalation. The answer is
 * written to the trace store with a compare-and-set; the run waiting on the escalation reads it at its next
 * look. An answer after the deadline, or to an escalation already decided, is refused (exit code 1).
 */
@Command(name = "answer", mixinStandardHelpOptions = true, description = "Answer a pending escalation.")
public final class InboxAnswerCommand extends BatonCommand {
    @ParentCommand
    InboxCommand inbox;

    /** {@code --db} may come after {@code answer} too; the parent's applies otherwise. */
    @Mixin
    DatabaseOption database;

    @Parameters(index = "0", paramLabel = "ID", description = "The escalation's number, as `baton inbox` shows it.")
    long id;

    @Parameters(index = "1", paramLabel = "DECISION", description = "approve, reject or abort.")
    String decision;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, for the trace.")
    String note;

    @Option(names = "--by", paramLabel = "NAME", description = "Who answers (default: the user name).")
    String by;

    @Override
    protected int execute() {
        HumanDecision chosen;
        try {
            chosen = HumanDecision.fromJson(decision);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
        String who = by != null && !by.isBlank() ? by : System.getProperty("user.name", "unknown");
        DatabaseOption chosenDb = database.db != null ? database : inbox.database;
        AnswerResult result = chosenDb.open().withSession(s -> s.escalations().answer(id, chosen,
                Optional.ofNullable(note), who, inbox.clock().instant()));
        if (!result.accepted()) {
            err().println("baton: " + result.refusal());
            return ExitCodes.NOT_OK;
        }
        out().println("Escalation " + id + " answered: " + chosen.jsonName() + " (run " + result.escalation().runId()
                + " continues when it next looks at its inbox).");
        return ExitCodes.OK;
    }
}
