// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.export;

import static dev.baton.app.TestDesigns.edge;
import static dev.baton.app.TestDesigns.node;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.canvas.CanvasModel;
import dev.baton.app.canvas.NodeGeometry;
import dev.baton.model.Design;
import dev.baton.model.Edge;
import dev.baton.model.EdgeKind;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Size;
import dev.baton.themes.CanvasPalette;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExportTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    /** Labels with the characters XML must escape, a resized node and one edge of several kinds. */
    static Design design() {
        return Design.empty("Tricky <names> & \"quotes\"").withNodes(List.of(
                node("start", NodeKind.START, 0, 100),
                node("orch", NodeKind.ORCHESTRATOR, 240, 100).withLabel("Plan & <route>"),
                node("a1", NodeKind.AGENT, 560, 0).withSize(Optional.of(new Size(300, 96))),
                node("search", NodeKind.TOOL, 940, 0),
                node("check", NodeKind.VALIDATOR, 560, 200),
                node("end", NodeKind.END, 940, 200))).withEdges(List.of(
                edge("e1", EdgeKind.DELEGATE, "start", "orch"),
                edge("e2", EdgeKind.DELEGATE, "orch", "a1").withLabel("a \"quoted\" <subtask> & more"),
                edge("e3", EdgeKind.CALL, "a1", "search"),
                edge("e4", EdgeKind.VALIDATE, "orch", "check"),
                edge("e5", EdgeKind.OUTPUT, "check", "end")));
    }

    @Test
    void theSvgIsWellFormedWithOneGroupPerNodeAndAPathPerEdge(@TempDir Path dir) throws Exception {
        Design d = design();
        Path file = dir.resolve("design.svg");
        SvgExport.write(new CanvasModel(d), CanvasPalette.of(Map.of()), file);
        Document doc = parse(Files.readAllBytes(file));

        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagNameNS(SVG, "title").item(0).getTextContent()).isEqualTo(d.name());

        List<Element> groups = elements(doc, "g");
        assertThat(groups).extracting(g -> g.getAttribute("id"))
                .containsExactlyElementsOf(d.nodes().stream().map(n -> n.id().value()).toList());
        for (Element g : groups) {
            Node n = d.node(NodeId.of(g.getAttribute("id"))).orElseThrow();
            Element card = (Element) g.getElementsByTagNameNS(SVG, "rect").item(0);
            assertThat(Double.parseDouble(card.getAttribute("x"))).isEqualTo(n.position().x());
            assertThat(Double.parseDouble(card.getAttribute("width"))).as("width of %s", n.id().value())
                    .isEqualTo(NodeGeometry.width(n));
            assertThat(Double.parseDouble(card.getAttribute("height"))).isEqualTo(NodeGeometry.height(n));
            assertThat(g.getTextContent()).as("the label is real text").contains(n.label());
        }

        List<Element> curves = elements(doc, "path").stream().filter(p -> p.getAttribute("d").contains("C"))
                .toList();
        assertThat(curves).as("one curve per edge").hasSize(d.edges().size());
        for (Edge e : d.edges()) {
            Node from = d.node(e.from()).orElseThrow();
            Node to = d.node(e.to()).orElseThrow();
            String start = String.format(java.util.Locale.ROOT, "M%.1f,%.1f", NodeGeometry.outX(from),
                    NodeGeometry.outY(from));
            String end = String.format(java.util.Locale.ROOT, "%.1f,%.1f", NodeGeometry.inX(to), NodeGeometry.inY(to));
            assertThat(curves).as("a curve from %s to %s", e.from().value(), e.to().value())
                    .anySatisfy(p -> assertThat(p.getAttribute("d")).startsWith(start + " C").endsWith(end));
        }
        assertThat(elements(doc, "text")).extracting(Element::getTextContent)
                .contains("delegate: a \"quoted\" <subtask> & more", "call", "validate", "output");
    }

    @Test
    void anEmptyDesignIsStillAValidDrawing() throws Exception {
        Document doc = parse(SvgExport.render(new CanvasModel(Design.empty("Empty")), CanvasPalette.of(Map.of()))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(elements(doc, "g")).isEmpty();
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isNotBlank();
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(SVG, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
