// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.bench;

import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.document.ModelDesignStore;
import dev.baton.app.document.Templates;
import dev.baton.app.edit.Selection;
import dev.baton.app.shell.MainWindow;
import dev.baton.app.validation.ModelValidation;
import dev.baton.model.NodeId;
import dev.baton.model.format.DesignFiles;
import dev.baton.themes.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Screenshots of the generated 2,000-node design at several zoom levels, and of a few templates as they open, at
 * 100% and at 60%, for looking at the canvas as a user would (run on demand, like {@link CanvasBenchmark}, e.g.
 * under Xvfb). Argument: the output folder. It also saves the design there as {@code large.baton.json}, for opening
 * it in the app.
 */
public final class CanvasScreenshots {
    /** Templates that show cards, labels, parallel edges and long edges. */
    private static final String[] TEMPLATES = {"support-handoff", "incident-silent-overwrite", "research-pipeline"};

    private CanvasScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/screenshots"));
        Path file = out.resolve("large.baton.json");
        DesignFiles.save(file, LargeDesigns.generate(2000, 3000, 42));
        Platform.startup(() -> { });
        try {
            MainWindow window = CanvasBenchmark.onFx(() -> {
                Stage stage = new Stage();
                MainWindow w = new MainWindow(stage, new MainWindow.Config(new ModelDesignStore(),
                        new ModelValidation(), Files.createTempDirectory("baton-shots"), Theme.LIGHT), s -> null);
                stage.setWidth(1600);
                stage.setHeight(1000);
                w.show(file);
                return w;
            });
            DesignCanvas canvas = window.canvas();
            shoot(window, out.resolve("designer-2000-fit.png"), () -> { });
            shoot(window, out.resolve("designer-2000-25.png"), () -> {
                canvas.viewport().set(0.25, 0, 0);
                canvas.centreOn(4000, 1500);
            });
            shoot(window, out.resolve("designer-2000-60.png"), () -> {
                canvas.viewport().set(0.6, 0, 0);
                canvas.centreOn(4000, 1500);
            });
            shoot(window, out.resolve("designer-2000-100.png"), () -> {
                canvas.viewport().set(1.0, 0, 0);
                canvas.centreOn(4000, 1500);
                window.document().select(Selection.ofNode(new NodeId("n413")));
            });
            shoot(window, out.resolve("designer-2000-minimap-collapsed.png"), () -> {
                canvas.zoomToFit();
                ((javafx.scene.control.Button) window.scene().lookup("#minimapToggle")).fire();
            });
            for (String name : TEMPLATES) {
                Path template = Templates.onClasspath().stream()
                        .filter(t -> t.path().getFileName().toString().equals(name + ".baton.json"))
                        .findFirst().orElseThrow().path();
                shoot(window, out.resolve("template-" + name + "-open.png"), () -> window.open(template));
                for (int percent : new int[] {100, 60}) {
                    shoot(window, out.resolve("template-" + name + "-" + percent + ".png"), () -> {
                        double[] b = canvas.model().bounds();
                        canvas.viewport().set(percent / 100.0, 0, 0);
                        canvas.centreOn((b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
                    });
                }
            }
        } finally {
            Platform.exit();
        }
    }

    private static void shoot(MainWindow window, Path png, Runnable setup) throws Exception {
        CanvasBenchmark.onFx(() -> {
            setup.run();
            return null;
        });
        // Let a few pulses pass so the canvas, the minimap and the status bar show the new view.
        Thread.sleep(700);
        CanvasBenchmark.onFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(window.scene().snapshot(null), null), "png",
                png.toFile()));
        System.out.println("wrote " + png);
    }
}
