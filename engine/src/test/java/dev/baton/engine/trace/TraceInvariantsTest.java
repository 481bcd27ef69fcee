// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.fixtures.Runs;
import dev.baton.engine.fixtures.TestDesigns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker finds broken traces (so that "0 violations" over seeded runs means something). */
class TraceInvariantsTest {

    @Test
    void cleanRunHasNoViolations() {
        Runs run = Runs.scripted(TestDesigns.researchPipeline());
        assertThat(TraceInvariants.check(run.plan(), run.trace(), run.result())).isEmpty();
    }

    @Test
    void missingEnvelopeIsAnOrphan() {
        Runs run = Runs.scripted(TestDesigns.researchPipeline());
        List<TraceEvent> broken = new ArrayList<>(run.trace());
        broken.remove(broken.stream().filter(e -> e instanceof TraceEvent.EnvelopeReceived).findFirst().orElseThrow());
        assertThat(TraceInvariants.check(run.plan(), broken, null)).anyMatch(v -> v.startsWith("4 no orphans"));
    }

    @Test
    void messageOverTheHopCapIsReported() {
        Runs run = Runs.scripted(TestDesigns.supportHandoff());
        List<TraceEvent> broken = new ArrayList<>(run.trace());
        for (int i = 0; i < broken.size(); i++) {
            if (broken.get(i) instanceof TraceEvent.MessageSent) {
                TraceEvent.MessageSent m = (TraceEvent.MessageSent) broken.get(i);
                broken.set(i, new TraceEvent.MessageSent(m.run(), m.time(), m.span(), m.parentSpan(), 13, m.sender(),
                        m.receiver(), m.purpose(), m.attempt(), m.constraints(), m.promptConstraints(), m.payload(),
                        m.trust(), m.reservedTokens()));
            }
        }
        assertThat(TraceInvariants.check(run.plan(), broken, null)).anyMatch(v -> v.startsWith("3 hop cap"));
    }

    @Test
    void constraintMissingWithoutARecordedLossIsReported() {
        Runs run = Runs.scripted(TestDesigns.contextRot(false));
        List<TraceEvent> broken = new ArrayList<>(run.trace());
        broken.removeIf(e -> e instanceof TraceEvent.ConstraintLost);
        assertThat(TraceInvariants.check(run.plan(), broken, null)).anyMatch(v -> v.startsWith("7 constraints"));
    }

    @Test
    void staleWriteNotFlaggedAsLostIsReported() {
        Runs run = Runs.scripted(TestDesigns.silentOverwrite(false));
        List<TraceEvent> broken = new ArrayList<>(run.trace());
        for (int i = 0; i < broken.size(); i++) {
            if (broken.get(i) instanceof TraceEvent.StoreWritten) {
                TraceEvent.StoreWritten w = (TraceEvent.StoreWritten) broken.get(i);
                broken.set(i, new TraceEvent.StoreWritten(w.run(), w.time(), w.store(), w.key(), w.writer(), w.before(),
                        w.after(), w.readVersion(), w.versionBefore(), w.versionAfter(), w.control(),
                        dev.baton.engine.core.StoreWriteResult.APPLIED, null));
            }
        }
        assertThat(TraceInvariants.check(run.plan(), broken, null)).anyMatch(v -> v.startsWith("6 stores"));
    }
}
