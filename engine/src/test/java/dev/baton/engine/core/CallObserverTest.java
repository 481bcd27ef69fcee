// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.fixtures.RandomFaults;
import dev.baton.engine.fixtures.TestDesigns;
import dev.baton.engine.time.VirtualTimeDriver;
import dev.baton.engine.trace.MemoryTraceSink;
import dev.baton.model.Design;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sink with a {@link CallObserver} learns of every message and envelope, in place of their records, with the
 * facts the records carry, and gets every other event unchanged; the run itself does not change.
 */
class CallObserverTest {

    /** Records what an observing sink is told, as text lines in arrival order. */
    private static final class ObservingSink implements TraceSink, CallObserver {
        final List<String> lines = new ArrayList<>();
        final List<TraceEvent> others = new ArrayList<>();

        @Override
        public void record(TraceEvent event) {
            assertThat(event).isNotInstanceOfAny(TraceEvent.MessageSent.class, TraceEvent.EnvelopeReceived.class);
            others.add(event);
            lines.add(event.getClass().getSimpleName());
        }

        @Override
        public CallObserver callObserver() {
            return this;
        }

        @Override
        public void messageSent(long time, long span, int nodeIndex, CallPurpose purpose) {
            lines.add("sent " + time + " " + span + " " + nodeIndex + " " + purpose);
        }

        @Override
        public void envelopeReceived(long time, long span, int nodeIndex, FailureKind failure) {
            lines.add("envelope " + time + " " + span + " " + nodeIndex + " " + failure);
        }
    }

    @Test
    void anObserverIsToldWhatTheRecordsSayAndEveryOtherEventArrivesAsBefore() {
        List<Design> designs = List.of(TestDesigns.researchPipeline(), TestDesigns.supportHandoff(),
                TestDesigns.adaptivePlanner(), TestDesigns.retryStorm(false), TestDesigns.silentOverwrite(false),
                TestDesigns.lostSubtask(false), TestDesigns.contextRot(false));
        VirtualTimeDriver driver = new VirtualTimeDriver();
        int messages = 0;
        for (int seed = 0; seed < 700; seed++) {
            Design design = designs.get(seed % designs.size());
            RunPlan plan = RunPlan.compile(design);
            MemoryTraceSink full = new MemoryTraceSink();
            RunResult expected = driver.run(plan, RunId.of(seed), null, seed, new RandomFaults(design, seed, 0.3), full);
            ObservingSink observing = new ObservingSink();
            RunResult actual = driver.run(plan, RunId.of(seed), null, seed, new RandomFaults(design, seed, 0.3),
                    observing);

            assertThat(actual).as("seed %d, %s", seed, design.name()).isEqualTo(expected);
            List<String> expectedLines = new ArrayList<>();
            List<TraceEvent> expectedOthers = new ArrayList<>();
            for (TraceEvent e : full.events()) {
                if (e instanceof TraceEvent.MessageSent) {
                    TraceEvent.MessageSent m = (TraceEvent.MessageSent) e;
                    expectedLines.add("sent " + m.time() + " " + m.span() + " " + plan.node(m.receiver()).index() + " "
                            + m.purpose());
                    messages++;
                } else if (e instanceof TraceEvent.EnvelopeReceived) {
                    TraceEvent.EnvelopeReceived v = (TraceEvent.EnvelopeReceived) e;
                    expectedLines.add("envelope " + v.time() + " " + v.span() + " " + plan.node(v.from()).index() + " "
                            + v.failure());
                } else {
                    expectedLines.add(e.getClass().getSimpleName());
                    expectedOthers.add(e);
                }
            }
            assertThat(observing.lines).as("seed %d, %s", seed, design.name()).isEqualTo(expectedLines);
            assertThat(observing.others).as("seed %d, %s", seed, design.name()).isEqualTo(expectedOthers);
        }
        assertThat(messages).as("messages over all runs").isGreaterThan(4_000);
    }
}
