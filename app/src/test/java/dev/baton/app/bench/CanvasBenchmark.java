// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.bench;

import dev.baton.app.canvas.DesignCanvas;
import dev.baton.app.document.DesignStore;
import dev.baton.app.document.ModelDesignStore;
import dev.baton.app.shell.MainWindow;
import dev.baton.app.validation.ModelValidation;
import dev.baton.model.Design;
import dev.baton.model.format.DesignFiles;
import dev.baton.themes.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Canvas benchmark, run on demand (not part of the unit tests):
 * {@code mvn -o -pl app -am test-compile} then run this main with the test class path and the headless Monocle
 * flags (see docs/decisions/0005-designer-canvas.md). It generates a 2,000-node, 3,000-edge design, saves it, and
 * prints the time to open it into the main window and the time of full redraws at three zoom levels.
 * Targets: open under 1 s, a full redraw under 16 ms.
 */
public final class CanvasBenchmark {
    private static final int WARMUP = 30;
    private static final int FRAMES = 60;

    private CanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        Path file = Files.createTempDirectory("baton-bench").resolve("large.baton.json");
        Design design = LargeDesigns.generate(nodes, edges, 42);
        DesignFiles.save(file, design);
        System.out.printf(Locale.ROOT, "design: %d nodes, %d edges, %d KiB at %s%n", nodes, edges,
                Files.size(file) / 1024, file);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                run(file);
                done.complete(null);
            } catch (Exception | AssertionError e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
        Platform.exit();
    }

    private static void run(Path file) throws Exception {
        Stage stage = new Stage();
        DesignStore store = new ModelDesignStore();
        MainWindow window = new MainWindow(stage, new MainWindow.Config(store, new ModelValidation(),
                Files.createTempDirectory("baton-bench-settings"), Theme.LIGHT), s -> null);
        stage.show();
        // Real elapsed time is what this benchmark measures.
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            boolean opened = window.open(file);
            window.canvas().layout();
            window.canvas().redrawNow();
            long openNanos = System.nanoTime() - t0;
            if (!opened) {
                throw new AssertionError("could not open " + file);
            }
            System.out.printf(Locale.ROOT, "open #%d (load + validate + views + first frame): %.0f ms%s%n", round,
                    openNanos / 1e6, round == 1 ? " (cold JVM)" : " (target < 1000 ms)");
        }
        DesignCanvas canvas = window.canvas();
        System.out.printf(Locale.ROOT, "canvas %.0f x %.0f px%n", canvas.getWidth(), canvas.getHeight());
        baseline(canvas);
        frames(canvas, "zoomed to fit (whole design)", () -> canvas.zoomToFit());
        frames(canvas, "40% (detail threshold)", () -> canvas.viewport().set(0.4, 0, 0));
        frames(canvas, "100%", () -> canvas.viewport().set(1.0, -2000, -1000));
        frames(canvas, "panning at 60%", null);
    }

    /** The cost of a snapshot alone (an empty canvas), to subtract from the frame times below. */
    private static void baseline(DesignCanvas canvas) {
        var g = canvas.getChildrenUnmodifiable().get(0);
        long[] t = new long[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            ((javafx.scene.canvas.Canvas) g).getGraphicsContext2D().clearRect(0, 0, 4000, 4000);
            long t0 = System.nanoTime();
            canvas.snapshot(null, null);
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "%-30s snapshot of an empty canvas median %6.2f ms%n", "baseline", t[FRAMES / 2] / 1e6);
    }

    private static void frames(DesignCanvas canvas, String label, Runnable setup) {
        if (setup != null) {
            setup.run();
        } else {
            canvas.viewport().set(0.6, 0, 0);
        }
        for (int i = 0; i < WARMUP; i++) {
            canvas.redrawNow();
        }
        long[] draw = new long[FRAMES];
        long[] frame = new long[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            if (setup == null) {
                canvas.panBy(-7, -3);
            }
            long t0 = System.nanoTime();
            draw[i] = canvas.redrawNow();
            // A snapshot rasterises the canvas's recorded commands, as the next pulse would on screen.
            canvas.snapshot(null, null);
            frame[i] = System.nanoTime() - t0;
        }
        Arrays.sort(draw);
        Arrays.sort(frame);
        System.out.printf(Locale.ROOT, "%-30s draw calls median %6.2f ms | draw + rasterise median %6.2f ms, "
                + "p90 %6.2f ms (target < 16 ms)%n", label, draw[FRAMES / 2] / 1e6, frame[FRAMES / 2] / 1e6,
                frame[FRAMES * 9 / 10] / 1e6);
    }
}
