// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.engine.cli.DatabaseOption;
import dev.baton.engine.cli.ExitCodes;
import dev.baton.engine.store.StoreException;
import dev.baton.engine.store.StoreSession;
import dev.baton.engine.store.run.RunRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baton otel-export RUN (--file F | --endpoint URL) [--include-content] [--db PATH]}: exports a stored run as OpenTelemetry
 * traces, to an OTLP JSON file or to a collector over OTLP/HTTP. Exit code 0 on success, 2 when the run, the file
 * or the collector is not usable (one line on stderr says which).
 */
@Command(name = "otel-export", mixinStandardHelpOptions = true,
        description = "Export a run's trace as OpenTelemetry (OTLP JSON) to a file or an OTLP/HTTP collector.")
public final class OtelExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "The run id, or enough of its first characters to be unique.")
    String run;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where the export goes: exactly one of the two. */
    static final class Target {
        @Option(names = "--file", paramLabel = "F", description = "Write OTLP JSON to this file.")
        Path file;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "POST to this OTLP/HTTP collector (e.g. http://127.0.0.1:4318; /v1/traces is added).")
        String endpoint;
    }

    @Option(names = "--include-content", description = "Also export what each model call got and answered "
            + "(gen_ai.input.messages / gen_ai.output.messages). Off by default: content may be private.")
    boolean includeContent;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ObjectNode json = export();
            String text = new ObjectMapper().writeValueAsString(json);
            if (target.file != null) {
                Files.writeString(target.file, text);
                out.println("wrote " + spans(json) + " spans of run " + run + " to " + target.file);
            } else {
                OtlpHttpExporter.create().export(OtlpHttpExporter.tracesUrl(target.endpoint), text);
                out.println("sent " + spans(json) + " spans of run " + run + " to "
                        + OtlpHttpExporter.tracesUrl(target.endpoint));
            }
            return ExitCodes.OK;
        } catch (IOException | StoreException | IllegalArgumentException e) {
            err.println("baton: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private ObjectNode export() {
        try (StoreSession session = database.open().session()) {
            List<RunRecord> matches = session.runs().findByPrefix(run);
            RunRecord r = matches.stream().filter(m -> m.id().equals(run)).findFirst().orElse(null);
            if (r == null && matches.size() != 1) {
                throw new IllegalArgumentException(matches.isEmpty()
                        ? "no run starting with \"" + run + "\" in " + database.location() + " (see `baton runs`)"
                        : "\"" + run + "\" matches " + matches.size() + " runs; type more of the id");
            }
            RunRecord found = r != null ? r : matches.get(0);
            run = found.id();
            return new OtlpTraceWriter(version(), includeContent).write(found, session.trace(found.id()));
        }
    }

    private static int spans(ObjectNode json) {
        return json.at("/resourceSpans/0/scopeSpans/0/spans").size();
    }

    private static String version() {
        String v = OtelExportCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
