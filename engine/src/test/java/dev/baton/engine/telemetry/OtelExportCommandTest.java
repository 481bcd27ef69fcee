// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.adapter.StubServer;
import dev.baton.engine.store.DatabaseLocation;
import dev.baton.engine.store.LockRetry;
import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.TraceDatabase;
import dev.baton.engine.store.run.RunRecord;
import dev.baton.engine.store.trace.DecisionRecord;
import dev.baton.engine.store.trace.MessageRecord;
import dev.baton.engine.store.trace.StoreWriteRecord;
import dev.baton.engine.store.trace.TraceEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OtelExportCommandTest {
    @TempDir
    Path dir;

    private Path db;

    private record Result(int code, String out, String err) {}

    @BeforeEach
    void storeARun() {
        db = dir.resolve("baton");
        RunRecord run = OtlpFixtures.run();
        try (StoreSession s = TraceDatabase.open(DatabaseLocation.of(db), LockRetry.NONE).session()) {
            s.runs().insert(RunRecord.started(run.id(), run.designName(), run.designHash(), run.traceId(), run.seed(),
                    run.inputJson(), run.startedAt()));
            List<MessageRecord> messages = new ArrayList<>();
            List<DecisionRecord> decisions = new ArrayList<>();
            List<StoreWriteRecord> writes = new ArrayList<>();
            for (TraceEntry e : OtlpFixtures.entries()) {
                if (e instanceof MessageRecord) {
                    messages.add((MessageRecord) e);
                } else if (e instanceof DecisionRecord) {
                    decisions.add((DecisionRecord) e);
                } else if (e instanceof StoreWriteRecord) {
                    writes.add((StoreWriteRecord) e);
                } else {
                    throw new AssertionError("unhandled " + e);
                }
            }
            s.messages().insertAll(messages);
            s.decisions().insertAll(decisions);
            s.storeWrites().insertAll(writes);
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new OtelExportCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void writesTheRunAsOtlpJsonToAFile() throws Exception {
        Path file = dir.resolve("run.otlp.json");
        Result r = run("run", "--file", file.toString(), "--db", db.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("wrote 4 spans of run run-1 to " + file + System.lineSeparator());
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertThat(json.at("/resourceSpans/0/scopeSpans/0/spans/0/name").asText()).isEqualTo("invoke_workflow research");
    }

    @Test
    void contentIsExportedOnlyWithIncludeContent() throws Exception {
        Path plain = dir.resolve("plain.json");
        Path withContent = dir.resolve("content.json");
        assertThat(run("run-1", "--file", plain.toString(), "--db", db.toString()).code()).isZero();
        assertThat(run("run-1", "--file", withContent.toString(), "--include-content", "--db", db.toString()).code())
                .isZero();
        assertThat(Files.readString(plain)).doesNotContain("gen_ai.input.messages")
                .doesNotContain("gen_ai.output.messages");
        assertThat(Files.readString(withContent)).contains("gen_ai.input.messages")
                .contains("gen_ai.output.messages");
    }

    @Test
    void sendsTheRunToACollector() throws Exception {
        try (StubServer collector = StubServer.start()) {
            collector.answerJson("{}");
            Result r = run("run-1", "--endpoint", collector.base("").toString(), "--db", db.toString());
            assertThat(r.code()).isZero();
            assertThat(collector.received()).singleElement().satisfies(q -> assertThat(q.path()).isEqualTo("/v1/traces"));
        }
    }

    @Test
    void unknownRunIsAUsageErrorNamingIt() {
        Result r = run("nope", "--file", dir.resolve("x.json").toString(), "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("baton: no run starting with \"nope\"");
    }

    @Test
    void fileAndEndpointTogetherAreRefused() {
        Result r = run("run-1", "--file", "a.json", "--endpoint", "http://127.0.0.1:4318", "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive");
    }
}
