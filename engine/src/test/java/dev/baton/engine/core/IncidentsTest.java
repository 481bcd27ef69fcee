// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.engine.fixtures.Runs;
import dev.baton.engine.fixtures.TestDesigns;
import dev.baton.model.NodeId;
import dev.baton.model.message.EnvelopeStatus;
import dev.baton.model.message.TrustLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each incident of the seeds happens as its story says with scripted faults, and its fixed copy prevents it. */
class IncidentsTest {

    @Test
    void handoffLoopWithoutCapOrOwnerRunsPastFiftyEightCallsUntilTheEngineCeiling() {
        Runs run = Runs.scripted(TestDesigns.handoffLoop(false));

        assertThat(run.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(run.result().reason()).isEqualTo("engine safety ceiling of 200 hops reached at researcher "
                + "(the design sets no hop cap); no owner to return control to, run aborted");
        assertThat(run.result().safetyCeiling()).isTrue();
        assertThat(run.result().stopCause()).isEqualTo(StopCause.HOP_CAP);
        List<TraceEvent.MessageSent> sameQuestion = run.events(TraceEvent.MessageSent.class).stream()
                .filter(m -> m.payload() instanceof JsonNode && ((JsonNode) m.payload()).path("q").asText()
                        .equals("same question")).toList();
        assertThat(sameQuestion).hasSizeGreaterThan(58);
        assertThat(run.result().tokens()).isGreaterThan(58L * 1_500);
    }

    @Test
    void handoffLoopWithHopCapAndOwnerStopsAtTwelveAndTheOwnerDecides() {
        Runs run = Runs.scripted(TestDesigns.handoffLoop(true));

        assertThat(run.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(run.result().reason()).isEqualTo("hop cap 12 reached at reporter; owner task-owner aborted");
        assertThat(run.result().calls()).isEqualTo(12);
        assertThat(run.result().safetyCeiling()).isFalse();
    }

    @Test
    void retryStormWithoutSharedBudgetOrBreakerHammersTheToolUntilTheCallCeiling() {
        Runs run = Runs.scripted(TestDesigns.retryStorm(false));

        assertThat(run.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(run.result().reason()).startsWith("engine safety ceiling of 1,000 agent calls reached");
        assertThat(run.result().stopCause()).isEqualTo(StopCause.CALL_CAP);
        assertThat(run.result().toolCalls()).isGreaterThan(900);
        assertThat(run.result().breakerTrips()).isZero();
    }

    @Test
    void retryStormWithSharedBudgetBreakerAndRegistryStopsAfterAFewCalls() {
        Runs run = Runs.scripted(TestDesigns.retryStorm(true));

        assertThat(run.result().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(run.result().toolCalls()).isLessThanOrEqualTo(6);
        assertThat(run.result().breakerTrips()).isPositive();
        assertThat(run.result().retries()).isLessThanOrEqualTo(4);
        assertThat(run.result().retriesBlocked()).isPositive();
        assertThat(run.result().reason()).contains("circuit breaker of search is open");
    }

    @Test
    void parallelWritersOnAStoreWithoutControlLoseAnUpdateAndTheEngineRecordsIt() {
        Runs run = Runs.scripted(TestDesigns.silentOverwrite(false));

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.result().lostUpdates()).isEqualTo(1);
        TraceEvent.StoreWritten last = lastWrite(run);
        assertThat(last.result()).isEqualTo(StoreWriteResult.LOST_UPDATE);
        assertThat(last.overwrittenWriter()).isEqualTo(new NodeId("address-agent"));
        assertThat(last.before().toString()).isEqualTo("{\"address\":\"new street 1\"}");
        assertThat(last.after().toString()).isEqualTo("{\"plan\":\"pro\"}");
    }

    @Test
    void optimisticStoreTurnsTheLostUpdateIntoAConflictAndARetryThatKeepsBothWrites() {
        Runs run = Runs.scripted(TestDesigns.silentOverwrite(true));

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.result().lostUpdates()).isZero();
        assertThat(run.result().writeConflicts()).isEqualTo(1);
        assertThat(lastWrite(run).after().toString()).isEqualTo("{\"address\":\"new street 1\",\"plan\":\"pro\"}");
    }

    @Test
    void truncatedEmptyAnswerWithoutContractIsSilentlyTreatedAsComplete() {
        Runs run = Runs.scripted(TestDesigns.lostSubtask(false));

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        TraceEvent.EnvelopeReceived summary = envelopesOf(run, "summarizer").get(0);
        assertThat(summary.status()).isEqualTo(EnvelopeStatus.SUCCESS);
        assertThat(((JsonNode) summary.result()).isEmpty()).isTrue();
    }

    @Test
    void outputContractTurnsTheTruncatedAnswerIntoAFailedEnvelopeThatIsRetried() {
        Runs run = Runs.scripted(TestDesigns.lostSubtask(true));

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        List<TraceEvent.EnvelopeReceived> envelopes = envelopesOf(run, "summarizer");
        assertThat(envelopes).hasSize(2);
        assertThat(envelopes.get(0).failure()).isEqualTo(FailureKind.CONTRACT);
        assertThat(envelopes.get(0).reason())
                .isEqualTo("result breaks the output contract of summarizer: missing required field 'records'");
        assertThat(envelopes.get(1).status()).isEqualTo(EnvelopeStatus.SUCCESS);
    }

    @Test
    void constraintPassedAsProseIsDroppedBySummaryBeforeTheActionAgent() {
        Runs run = Runs.scripted(TestDesigns.contextRot(false));

        assertThat(run.result().constraintsLost()).isEqualTo(1);
        TraceEvent.ConstraintLost lost = run.events(TraceEvent.ConstraintLost.class).get(0);
        assertThat(lost.constraintId()).isEqualTo("no-prod-writes");
        assertThat(lost.at()).isEqualTo(new NodeId("synthesis"));
        TraceEvent.MessageSent toAction = messageTo(run, "action");
        assertThat(toAction.constraints()).isEmpty();
        assertThat(toAction.promptConstraints()).isEmpty();
    }

    @Test
    void typedConstraintReachesTheActionAgentVerbatim() {
        Runs run = Runs.scripted(TestDesigns.contextRot(true));

        assertThat(run.result().constraintsLost()).isZero();
        assertThat(messageTo(run, "action").constraints()).containsExactly(TestDesigns.NO_PROD);
    }

    @Test
    void fabricatedClaimTravelsUnverifiedToTheFinalResult() {
        Runs run = Runs.scripted(TestDesigns.compoundingHallucination(false));

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.result().validated()).isFalse();
        assertThat(run.result().trust()).isEqualTo(TrustLabel.AGENT_UNVERIFIED);
        assertThat(((JsonNode) run.result().result()).path("fabricated").asBoolean()).isTrue();
    }

    @Test
    void verifierRejectsTheFabricatedClaimAndOnlyAVerifiedResultLeaves() {
        Runs run = Runs.scripted(TestDesigns.compoundingHallucination(true));

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.result().validated()).isTrue();
        assertThat(run.result().trust()).isEqualTo(TrustLabel.AGENT_VERIFIED);
        assertThat(((JsonNode) run.result().result()).path("fabricated").asBoolean()).isFalse();
        assertThat(run.events(TraceEvent.DecisionMade.class)).anyMatch(d -> d.kind() == DecisionKind.VALIDATION_REJECTED);
    }

    private static TraceEvent.StoreWritten lastWrite(Runs run) {
        List<TraceEvent.StoreWritten> writes = run.events(TraceEvent.StoreWritten.class);
        return writes.get(writes.size() - 1);
    }

    private static List<TraceEvent.EnvelopeReceived> envelopesOf(Runs run, String node) {
        return run.events(TraceEvent.EnvelopeReceived.class).stream().filter(e -> e.from().value().equals(node))
                .toList();
    }

    private static TraceEvent.MessageSent messageTo(Runs run, String node) {
        return run.events(TraceEvent.MessageSent.class).stream().filter(m -> m.receiver().value().equals(node))
                .findFirst().orElseThrow();
    }
}
