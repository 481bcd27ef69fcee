// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static dev.baton.engine.fixtures.DesignDsl.agent;
import static dev.baton.engine.fixtures.DesignDsl.invocation;
import static dev.baton.engine.fixtures.DesignDsl.ok;
import static dev.baton.engine.fixtures.DesignDsl.reply;
import static dev.baton.model.EdgeKind.DELEGATE;
import static dev.baton.model.EdgeKind.OUTPUT;
import static dev.baton.model.EdgeKind.VALIDATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.fixtures.DesignDsl;
import dev.baton.engine.fixtures.Runs;
import dev.baton.engine.trace.TraceInvariants;
import dev.baton.model.Design;
import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.script.ReplyKind;
import dev.baton.model.script.ScriptedReply;
import dev.baton.model.spec.CheckKind;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.RejectAction;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.ValidatorCheck;
import dev.baton.model.spec.ValidatorSpec;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A validator that gives no verdict (it crashed, hung, answered malformed) is asked again per its retry policy,
 * from the shared retry budget, before the output is rejected; a validator that answers {@code failed} has
 * rejected the output, and is not asked again.
 */
class ValidatorRetriesTest {

    private static Design design(int validatorAttempts, int retryBudget, ScriptedReply... checkReplies) {
        TaskPolicy policy = TaskPolicy.defaults().withSharedRetryBudget(OptionalInt.of(retryBudget));
        return new DesignDsl("validator retries").policy(policy)
                .node("start", StartSpec.defaults())
                .node("writer", agent(3_000, Duration.ofSeconds(30), 1))
                .node("check", new ValidatorSpec(invocation(2_000, Duration.ofSeconds(20), validatorAttempts),
                        OptionalDouble.of(0.5), List.of(ValidatorCheck.of(CheckKind.SCHEMA)), RejectAction.ABORT))
                .node("end", EndSpec.defaults())
                .edge(DELEGATE, "start", "writer")
                .edge(VALIDATE, "writer", "check")
                .edge(OUTPUT, "check", "end")
                .script("writer", false, ok("{'text': 'draft'}", 0.9, 1_000, 500))
                .script("check", false, checkReplies)
                .build();
    }

    @Test
    void aValidatorThatCrashedIsAskedAgainAndItsVerdictCounts() {
        Runs run = Runs.scripted(design(2, 3, reply(ReplyKind.CRASH, null, 0, 300), ok("{'verdict': 'pass'}", 0.9,
                500, 300)));

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.result().validated()).isTrue();
        assertThat(run.result().retries()).isEqualTo(1);
        List<TraceEvent.MessageSent> checks = run.events(TraceEvent.MessageSent.class).stream()
                .filter(m -> m.receiver().value().equals("check")).toList();
        assertThat(checks).extracting(TraceEvent.MessageSent::attempt).containsExactly(1, 2);
        assertThat(run.events(TraceEvent.DecisionMade.class)).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.RETRY);
            assertThat(d.node().value()).isEqualTo("check");
            assertThat(d.detail()).isEqualTo("attempt 2 after: check crashed without an answer");
        });
        assertThat(TraceInvariants.check(run.plan(), run.trace(), run.result())).isEmpty();
    }

    @Test
    void withoutARetryPolicyACrashedValidatorRejects() {
        Runs run = Runs.scripted(design(1, 3, reply(ReplyKind.CRASH, null, 0, 300), ok("{'verdict': 'pass'}", 0.9,
                500, 300)));

        assertThat(run.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(run.result().reason()).isEqualTo("output of writer rejected by check: check crashed without an "
                + "answer; check aborted the run");
        assertThat(run.result().retries()).isZero();
    }

    @Test
    void aFailedAnswerIsAVerdictAndIsNotRetried() {
        Runs run = Runs.scripted(design(3, 3, reply(ReplyKind.FAILED, null, 500, 300), ok("{'verdict': 'pass'}", 0.9,
                500, 300)));

        assertThat(run.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(run.result().reason()).startsWith("output of writer rejected by check: could not do it");
        assertThat(run.result().retries()).isZero();
    }

    @Test
    void aValidatorRetryDrawsOnTheSharedBudgetAndWhenItIsSpentTheOutputIsRejected() {
        Runs run = Runs.scripted(design(3, 0, reply(ReplyKind.MALFORMED, null, 500, 300), ok("{'verdict': 'pass'}",
                0.9, 500, 300)));

        assertThat(run.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(run.result().reason()).isEqualTo("output of writer rejected by check: check answered with a "
                + "malformed envelope; shared retry budget of 0 exhausted; check aborted the run");
        assertThat(run.result().retries()).isZero();
        assertThat(run.result().retriesBlocked()).isEqualTo(1);
    }
}
