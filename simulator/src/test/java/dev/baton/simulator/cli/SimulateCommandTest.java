// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.cli.ExitCodes;
import dev.baton.model.Design;
import dev.baton.model.format.DesignFiles;
import dev.baton.simulator.evidence.StoredEvidenceSource;
import dev.baton.simulator.profile.SimulationSection;
import dev.baton.simulator.profile.SimulationSectionReader;
import dev.baton.simulator.review.SampleDesignFiles;
import dev.baton.simulator.review.cli.ReviewCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
    private static final Instant T0 = Instant.parse("2026-11-22T04:00:00Z");
    private static final String ERP_DOWN = "{\"faultPlans\": [{\"name\": \"erp down\", \"description\": \"outage\","
            + " \"faults\": [{\"type\": \"tool-outage\", \"node\": \"erp\", \"from\": \"0s\", \"to\": \"10m\"}]}]}";

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private long tick;

    @Test
    void printsTheOutcomeMixDistributionsAndLabelledIncidents() throws Exception {
        int code = simulate(design("incident-retry-storm"), "--runs", "300", "--faults", faultFile().toString(),
                "--no-store");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Simulated \"Incident: the retry storm\" under fault plan \"erp down\": "
                + "300 runs", "95% CI", "aborted", "p99", "budget kills", "runs with a human escalation",
                "runaway retry loops (FM-1.3 step repetition)", "Why runs ended");
        assertThat(out.toString()).containsPattern("(?m)^  aborted +[0-9,]+ +[0-9.]+% +\\S.*#");
    }

    @Test
    void aFaultPlanSavedInTheDesignIsChosenByName() throws Exception {
        Design original = DesignFiles.load(design("incident-retry-storm")).design();
        SimulationSection section = SimulationSectionReader.read(ERP_DOWN, Scenario.kinds(original));
        Path saved = dir.resolve("saved.baton.json");
        DesignFiles.save(saved, section.writeTo(original));

        int code = simulate(saved, "--runs", "300", "--faults", "erp down", "--no-store");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("under fault plan \"erp down\"", "budget kills");
        assertThat(simulate(saved, "--faults", "erp up", "--no-store")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no fault plan named \"erp up\"; the design has [\"erp down\"]");
    }

    @Test
    void progressGoesToStderrOnceEveryTenPercentWhenNotATerminal() {
        simulate(design("research-pipeline"), "--runs", "2560", "--no-store");

        assertThat(err.toString().lines().filter(l -> l.startsWith("simulate ")))
                .hasSize(10).last().asString().startsWith("simulate 100%  2,560/2,560 runs");
    }

    @Test
    void storedSimulationWithFaultsBecomesReviewEvidenceOfThatRevisionOnly() throws Exception {
        Path db = dir.resolve("baton");
        Path design = design("incident-retry-storm");
        assertThat(review(design, db)).contains("[no evidence yet] BTN-C10");

        int code = simulate(design, "--runs", "300", "--faults", faultFile().toString(), "--db", db.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Stored as simulation 1 of revision");
        assertThat(review(design, db)).contains("[pass]", "BTN-C10", "300 runs with erp down in simulation 1");

        Path edited = dir.resolve("edited.baton.json");
        Files.writeString(edited, Files.readString(design).replace("\"hopCap\": 12", "\"hopCap\": 11"));
        assertThat(review(edited, db)).contains("[no evidence yet] BTN-C10", "[no evidence yet] BTN-C08");
    }

    @Test
    void aSimulationWithoutFaultsIsNotALoadTest() {
        Path db = dir.resolve("baton");
        Path design = design("incident-retry-storm");

        simulate(design, "--runs", "300", "--db", db.toString());

        assertThat(review(design, db)).contains("BTN-C10", "none with injected failures");
    }

    @Test
    void writesJsonAndAnHtmlReport() throws Exception {
        Path json = dir.resolve("result.json");
        Path html = dir.resolve("report.html");

        int code = simulate(design("incident-retry-storm"), "--runs", "300", "--seed", "7", "--faults",
                faultFile().toString(), "--no-store", "--json", json.toString(), "--report", html.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertThat(tree.path("runs").asLong()).isEqualTo(300);
        assertThat(tree.path("seed").asLong()).isEqualTo(7);
        assertThat(tree.path("faultsInjected").asBoolean()).isTrue();
        assertThat(tree.path("faultPlan").path("plan").path("faults").path(0).path("type").asText())
                .isEqualTo("tool-outage");
        long outcomeRuns = 0;
        for (JsonNode o : tree.path("outcomes")) {
            outcomeRuns += o.path("count").asLong();
            assertThat(o.path("ci95").path(0).asDouble()).isLessThanOrEqualTo(o.path("share").asDouble());
        }
        assertThat(outcomeRuns).isEqualTo(300);
        long reasonRuns = 0;
        for (JsonNode r : tree.path("endReasons")) {
            reasonRuns += r.path("runs").asLong();
            assertThat(r.path("example").asText()).as("an example of %s", r.path("reason").asText())
                    .isNotEmpty().doesNotContain("#");
            assertThat(r.path("exampleRun").asLong()).isBetween(0L, 299L);
        }
        assertThat(reasonRuns).as("every run has its reason").isEqualTo(300);
        long retries = tree.path("totals").path("retries").asLong();
        assertThat(retries).isPositive();
        assertThat(tree.path("nodes").path("inventory").path("retries").asLong()).isPositive().isLessThan(retries);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(List.of("<script", "http://", "https://", "<link", "src=")).noneMatch(page::contains);
        assertThat(page).contains("<svg id=\"outcomes\"", "<svg id=\"cost\"", "<svg id=\"latency\"",
                "<svg id=\"failures\"", "<polyline class=\"cdf\"", "erp down", "runaway retry loops", "Why runs ended",
                String.format("%,d", retries));
    }

    @Test
    void runsTheDesignDoesNotStopAreCutAtTheHorizonAndReportedAsRunaways() throws Exception {
        Path json = dir.resolve("runaway.json");

        simulate(design("incident-handoff-loop"), "--runs", "300", "--horizon-calls", "12", "--no-store", "--json",
                json.toString());

        assertThat(out.toString()).contains("Runaways: ", "cut at the horizon", "12 model calls",
                "per simulated hour", "Projected: $",
                "Failure pattern: dynamic handoff without an owner (FM-1.5 unaware of termination conditions)");
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        JsonNode runaway = tree.path("runaway");
        assertThat(runaway.path("runs").asLong()).isPositive();
        assertThat(runaway.path("projectedCostUsd").asDouble())
                .isEqualTo(runaway.path("costPerSimulatedHourUsd").asDouble() * 24);
        assertThat(runaway.path("patterns").get(0).path("runs").asLong()).isEqualTo(runaway.path("runs").asLong());
        assertThat(runaway.path("patterns").get(0).path("mast").asText()).startsWith("FM-1.5");
        assertThat(tree.path("totals").path("budgetKills").asLong())
                .as("a runaway is counted once, as a runaway, not also as a budget kill").isZero();
    }

    @Test
    void comparesTwoFaultPlansSideBySideWithTests() throws Exception {
        Path json = dir.resolve("compare.json");

        int code = simulate(design("incident-retry-storm"), "--runs", "300", "--compare-faults",
                faultFile().toString(), "--no-store", "--json", json.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("A: \"Incident: the retry storm\" without faults",
                "B: \"Incident: the retry storm\" under \"erp down\"", "B - A", "chi-square", "p < 0.0001",
                "the mixes differ", "p (KS)");
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertThat(tree.path("a").path("faultsInjected").asBoolean()).isFalse();
        assertThat(tree.path("b").path("faultsInjected").asBoolean()).isTrue();
        assertThat(tree.path("tests").path("outcomes").path("pValue").asDouble()).isLessThan(0.001);
    }

    @Test
    void comparesTwoDesigns() {
        int code = simulate(design("incident-handoff-loop"), "--runs", "300", "--compare",
                design("support-handoff").toString(), "--no-store");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("A: \"Incident: the 58-call handoff loop\"", "hops p95");
    }

    @Test
    void cancelledBeforeAnyRunReportsThatNothingFinished() {
        SimulateCommand command = new SimulateCommand(Clock.fixed(T0, ZoneOffset.UTC), () -> tick++, false, false);
        command.cancellation().cancel();

        int code = execute(command, design("research-pipeline").toString(), "--runs", "300", "--no-store");

        assertThat(code).isEqualTo(SimulateCommand.EXIT_CANCELLED);
        assertThat(out.toString()).contains("0 of 300 runs (cancelled", "no run finished");
    }

    @Test
    void unknownFaultPlanAndUnreadableInputAreUsageErrors() throws Exception {
        assertThat(simulate(design("research-pipeline"), "--faults", "meteor strike", "--no-store"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no fault plan named \"meteor strike\"");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"faultPlans\": [{\"name\": \"x\", \"faults\": [{\"type\": \"meteor\"}]}]}");
        assertThat(simulate(design("research-pipeline"), "--faults", broken.toString(), "--no-store"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("$.faultPlans[0].faults[0].type");

        assertThat(simulate(dir.resolve("missing.baton.json"), "--no-store")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("missing.baton.json");

        assertThat(simulate(design("research-pipeline"), "--runs", "0", "--no-store"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--runs must be >= 1, but was 0");

        assertThat(simulate(design("research-pipeline"), "--horizon", "soon", "--no-store"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("expected a duration such as 90s");
    }

    private Path faultFile() throws Exception {
        Path f = dir.resolve("erp-down.json");
        Files.writeString(f, ERP_DOWN);
        return f;
    }

    private int simulate(Path designFile, String... options) {
        out = new StringWriter();
        err = new StringWriter();
        SimulateCommand command = new SimulateCommand(Clock.fixed(T0, ZoneOffset.UTC), () -> tick += 1_000_000, false, false);
        String[] args = new String[options.length + 3];
        args[0] = designFile.toString();
        args[1] = "--threads";
        args[2] = "2";
        System.arraycopy(options, 0, args, 3, options.length);
        return execute(command, args);
    }

    private int execute(SimulateCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String review(Path designFile, Path db) {
        StringWriter text = new StringWriter();
        CommandLine cli = new CommandLine(new ReviewCommand(Clock.fixed(T0, ZoneOffset.UTC), StoredEvidenceSource::new));
        cli.setOut(new PrintWriter(text, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        cli.execute(designFile.toString(), "--db", db.toString());
        return text.toString();
    }

    private static Path design(String name) {
        return SampleDesignFiles.file(name);
    }
}
