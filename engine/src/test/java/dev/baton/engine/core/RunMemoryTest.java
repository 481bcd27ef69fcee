// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.agent.ScriptedAgents;
import dev.baton.engine.fixtures.RandomFaults;
import dev.baton.engine.fixtures.TestDesigns;
import dev.baton.engine.time.VirtualTimeDriver;
import dev.baton.engine.trace.MemoryTraceSink;
import dev.baton.model.Design;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Reused bookkeeping never carries anything from one run into the next. */
class RunMemoryTest {

    @Test
    void initSetsEveryFieldOfAReusedCallSubtaskAndTimer() throws Exception {
        NodePlan node = RunPlan.compile(TestDesigns.researchPipeline()).entry;
        assertInitResetsEverything(Call.class, Call::new,
                c -> c.init(3, node, CallPurpose.WORK, null, 4, 2, 1));
        assertInitResetsEverything(Subtask.class, Subtask::new,
                st -> st.init(2, null, CallPurpose.WORK, node, "in", List.of(), List.of(), null, 5));
        assertInitResetsEverything(Timer.class, Timer::new, t -> t.init(1, Timer.Kind.RETRY, "subject"));
    }

    interface Init<T> {
        void apply(T target);
    }

    /** Dirties every field of a used instance, re-initialises it and compares it with a fresh one. */
    private static <T> void assertInitResetsEverything(Class<T> type, Supplier<T> create, Init<T> init)
            throws Exception {
        T reused = create.get();
        for (Field f : fields(type)) {
            f.set(reused, dirty(f.getType()));
        }
        init.apply(reused);
        T fresh = create.get();
        init.apply(fresh);
        for (Field f : fields(type)) {
            assertThat(f.get(reused)).as("%s.%s after init", type.getSimpleName(), f.getName())
                    .isEqualTo(f.get(fresh));
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                out.add(f);
            }
        }
        assertThat(out).as("fields of %s", type.getSimpleName()).isNotEmpty();
        return out;
    }

    /** A value of {@code type} that no init sets. */
    private static Object dirty(Class<?> type) {
        if (type == int.class) {
            return 77;
        } else if (type == long.class) {
            return 77L;
        } else if (type == double.class) {
            return 0.77;
        } else if (type == boolean.class) {
            return true;
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        NodePlan other = RunPlan.compile(TestDesigns.supportHandoff()).entry;
        Object[] donors = {new long[] {7}, "left over", List.of("left over"), other, new Call(), new Subtask(),
            AgentReply.success("left over", 1.0, 0, 0, 0), ModelExchange.failed(AdapterFailure.TIMEOUT, 7),
            new Gate(Gate.Kind.FINAL, null, other, null, null, 0, null, new int[0]),
            new EndpointBreakers.Endpoint("left over", dev.baton.model.spec.CircuitBreakerSettings.DEFAULTS),
            new AgentCall(RunId.of(7), 7, other.id, other.kind, CallPurpose.TOOL, 7, null, List.of(), List.of(), null,
                    7, 7, 7, List.of(), 7)};
        for (Object d : donors) {
            if (type.isInstance(d)) {
                return d;
            }
        }
        throw new AssertionError("the test cannot yet put a value of " + type + " in a field: add a donor");
    }

    @Test
    void aDriverReusingItsMemoryGivesTheSameTracesAsFreshRuns() {
        List<Design> designs = List.of(TestDesigns.researchPipeline(), TestDesigns.supportHandoff(),
                TestDesigns.adaptivePlanner(), TestDesigns.retryStorm(false), TestDesigns.silentOverwrite(false));
        VirtualTimeDriver reused = new VirtualTimeDriver();
        for (int seed = 0; seed < 300; seed++) {
            Design design = designs.get(seed % designs.size());
            RunPlan plan = RunPlan.compile(design);
            MemoryTraceSink shared = new MemoryTraceSink();
            RunResult a = reused.run(plan, RunId.of(seed), null, seed, new RandomFaults(design, seed, 0.3), shared);
            MemoryTraceSink alone = new MemoryTraceSink();
            RunResult b = new VirtualTimeDriver().run(plan, RunId.of(seed), null, seed,
                    new RandomFaults(design, seed, 0.3), alone);
            assertThat(shared.events()).as("seed %d, %s", seed, design.name()).isEqualTo(alone.events());
            assertThat(a).isEqualTo(b);
        }
    }

    @Test
    void aRunWhoseMemoryWasLentOnRefusesEvents() {
        Design design = TestDesigns.researchPipeline();
        RunPlan plan = RunPlan.compile(design);
        RunMemory memory = new RunMemory();
        List<AgentCall> invoked = new ArrayList<>();
        CommandSink sink = new CommandSink() {
            @Override
            public void invoke(AgentCall call) {
                invoked.add(call);
            }

            @Override
            public void startTimer(int timerId, long at) {}

            @Override
            public void cancelTimer(int timerId) {}

            @Override
            public void escalate(EscalationRequest request) {}

            @Override
            public void finished(RunResult result) {}
        };
        TaskRun first = new TaskRun(plan, RunId.of(1), null, 1, TraceSink.NONE, sink, memory);
        first.start(0);
        new TaskRun(plan, RunId.of(2), null, 2, TraceSink.NONE, sink, memory).start(0);
        AgentReply answer = new ScriptedAgents(design).respond(invoked.get(0));

        assertThatThrownBy(() -> first.reply(1, invoked.get(0).callId(), answer))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("run run-1 cannot go on: its RunMemory was lent to a later run");
    }
}
