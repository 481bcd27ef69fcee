// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.report;

import dev.baton.simulator.review.Finding;
import dev.baton.simulator.review.ItemResult;
import dev.baton.simulator.review.ItemStatus;
import dev.baton.simulator.review.RuleCategory;
import dev.baton.simulator.review.Review;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, so CI systems show the review as test results: one suite for the ten checklist items and one for
 * the other findings. A failed checklist item and a finding at or above the gate's severity are failures (unless
 * accepted); an item without evidence is skipped; an accepted risk passes with its reason as output.
 */
public final class JUnitReport implements ReviewReport {

    @Override
    public String render(ReportData data) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "baton review: " + data.review().designName());
            xml.writeCharacters("\n");
            suite(xml, data, "checklist", checklistCases(data));
            suite(xml, data, "findings", findingCases(data));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the review as JUnit XML: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** One test case: a failure, a skip message, or neither; output is optional. */
    private record Case(String classname, String name, Optional<Failure> failure, Optional<String> skipped,
            Optional<String> output) { }

    /** A failure: the one-line message, the type (the severity) and the full text. */
    private record Failure(String message, String type, String body) {
        static Failure of(Finding f) {
            return new Failure(f.detail(), f.severity().jsonName(), JUnitReport.body(f));
        }
    }

    private static List<Case> checklistCases(ReportData data) {
        Review review = data.review();
        List<Case> cases = new ArrayList<>();
        for (ItemResult r : review.checklist()) {
            String name = r.item().id() + " " + r.item().title();
            Optional<String> accepted = ReportText.acceptance(review, r.item());
            Optional<Failure> failure = Optional.empty();
            Optional<String> skipped = Optional.empty();
            if (r.status() == ItemStatus.FAIL && accepted.isEmpty()) {
                failure = Optional.of(Failure.of(r.finding().orElseThrow()));
            } else if (r.status() == ItemStatus.NO_EVIDENCE && accepted.isEmpty()) {
                skipped = Optional.of("no evidence yet: " + r.detail());
            }
            cases.add(new Case("baton.review.checklist", name, failure, skipped,
                    Optional.of(accepted.map(a -> "accepted: " + a + "\n").orElse("") + r.detail())));
        }
        return cases;
    }

    private static List<Case> findingCases(ReportData data) {
        Review review = data.review();
        List<Case> cases = new ArrayList<>();
        for (Finding f : review.findings()) {
            if (f.rule().category() == RuleCategory.CHECKLIST) {
                continue;
            }
            boolean accepted = review.isAccepted(f.rule());
            boolean blocking = !accepted && data.gate().failOn().map(f.severity()::atLeast).orElse(false);
            String name = f.id() + " " + f.rule().title() + " [" + ReportText.ids(f.nodes()) + "]";
            Optional<Failure> failure = blocking ? Optional.of(Failure.of(f)) : Optional.empty();
            String output = (accepted ? "accepted: " + ReportText.acceptance(review, f.rule()).orElseThrow() + "\n" : "")
                    + f.severity().jsonName() + ": " + body(f);
            cases.add(new Case("baton.review.findings", name, failure, Optional.empty(), Optional.of(output)));
        }
        return cases;
    }

    private static String body(Finding f) {
        return f.detail() + "\nnodes: " + ReportText.ids(f.nodes()) + "\nedges: " + ReportText.ids(f.edges())
                + "\nwhy: " + f.why() + "\nMAST: " + ReportText.mast(f.mast()) + "\nfix: " + ReportText.fix(f);
    }

    private static void suite(XMLStreamWriter xml, ReportData data, String name, List<Case> cases)
            throws XMLStreamException {
        long failures = cases.stream().filter(c -> c.failure().isPresent()).count();
        long skipped = cases.stream().filter(c -> c.skipped().isPresent()).count();
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "baton.review." + name);
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(skipped));
        xml.writeAttribute("timestamp", data.reviewedAt().toString());
        xml.writeCharacters("\n");
        for (Case c : cases) {
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", c.classname());
            xml.writeAttribute("name", c.name());
            xml.writeAttribute("time", "0");
            if (c.failure().isPresent()) {
                Failure f = c.failure().get();
                xml.writeStartElement("failure");
                xml.writeAttribute("message", f.message());
                xml.writeAttribute("type", f.type());
                xml.writeCharacters(f.body());
                xml.writeEndElement();
            }
            if (c.skipped().isPresent()) {
                xml.writeStartElement("skipped");
                xml.writeAttribute("message", c.skipped().get());
                xml.writeEndElement();
            }
            if (c.output().isPresent()) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(c.output().get());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
