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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Canvas benchmark, run on demand (not part of the unit tests). Build with
 * {@code mvn -B -q -o -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test}, then run this main with {@code app/target/test-classes:app/target/classes} and that
 * class path, and the headless flags {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}.
 *
 * <p>It generates a 2,000-node, 3,000-edge design, saves it, opens it in the main window and prints:
 * <ul>
 *   <li>open: from the start of {@code MainWindow.open} (load, validation, views) until JavaFX reports the first
 *       frame showing the design as rendered; target under 1 s. The load and validation alone are timed too;</li>
 *   <li>frames at several zoom levels: each frame moves the camera (so everything is redrawn), then its time is the
 *       canvas's draw calls plus the pulse that shows them, from before CSS and layout until the rendered-frame
 *       notification (see {@link RenderedFrames}); target under 16 ms. Rasterising the canvas's commands happens
 *       in that pulse, on the render thread, so it is included.</li>
 * </ul>
 * A baseline frame (one tiny rectangle drawn on the canvas) shows what any canvas frame costs in this window. The
 * machine's load average is printed too: on a shared machine the wall times only mean something with it, and the
 * CPU time the JavaFX threads spent per frame is printed beside them. {@code -Dbench.only=PREFIX} runs only the
 * frame measurements whose label starts with PREFIX.
 */
public final class CanvasBenchmark {
    private static final int WARMUP = 40;
    private static final int FRAMES = 80;

    private CanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        Path file = Files.createTempDirectory("baton-bench").resolve("large.baton.json");
        Design design = LargeDesigns.generate(nodes, edges, 42);
        DesignFiles.save(file, design);
        System.out.printf(Locale.ROOT, "design: %d nodes, %d edges, %d KiB; load average %.2f%n", nodes, edges,
                Files.size(file) / 1024, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Platform.startup(() -> { });
        try {
            run(file);
        } finally {
            System.out.printf(Locale.ROOT, "load average at the end %.2f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Platform.exit();
        }
    }

    private static void run(Path file) throws Exception {
        MainWindow window = onFx(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, new MainWindow.Config(new ModelDesignStore(), new ModelValidation(),
                    Files.createTempDirectory("baton-bench-settings"), Theme.LIGHT), s -> null);
            stage.show();
            return w;
        });
        RenderedFrames frames = onFx(() -> new RenderedFrames(window.scene()));
        DesignCanvas canvas = window.canvas();
        for (int round = 1; round <= 4; round++) {
            long load = onFx(() -> timed(() -> new ModelDesignStore().load(file)));
            DesignStore.Loaded loaded = new ModelDesignStore().load(file);
            long validate = onFx(() -> timed(() -> new ModelValidation().check(loaded.design())));
            RenderedFrames.Frame open = frames.next(() -> timed(() -> {
                if (!window.open(file)) {
                    throw new AssertionError("could not open " + file);
                }
                return null;
            }));
            System.out.printf(Locale.ROOT, "open #%d: %5.0f ms until the first frame is rendered%s "
                    + "(window.open %.0f ms, then the first frame %.0f ms; alone: load %.0f ms, validation %.0f ms)%n",
                    round, open.total() / 1e6, round == 1 ? " (cold JVM)" : " (target < 1000 ms)",
                    open.action() / 1e6, open.pulse() / 1e6, load / 1e6, validate / 1e6);
        }
        System.out.printf(Locale.ROOT, "canvas %.0f x %.0f px at %s in the scene%n", canvas.getWidth(), canvas.getHeight(),
                canvas.localToScene(canvas.getLayoutBounds()));
        javafx.scene.canvas.Canvas raw = (javafx.scene.canvas.Canvas) canvas.getChildrenUnmodifiable().get(0);
        report("baseline: 1 rect on the canvas", frames, () -> timed(() -> {
            raw.getGraphicsContext2D().fillRect(10, 10, 2, 2);
            return null;
        }));
        measure(frames, canvas, "zoomed to fit (whole design)", canvas::zoomToFit, 1, 0);
        measure(frames, canvas, "40% (named blocks)", () -> canvas.viewport().set(0.4, 0, 0), 1, 0);
        measure(frames, canvas, "50% (full detail from here)", () -> canvas.viewport().set(0.5, 0, 0), 1, 0);
        measure(frames, canvas, "100% (part visible)", () -> canvas.viewport().set(1.0, -2000, -1000), 1, 0);
        measure(frames, canvas, "panning at 60%", () -> canvas.viewport().set(0.6, 0, 0), -7, -3);
        measureZoom(frames, canvas);
    }

    /** Frames that each pan by (dx, dy), alternating direction when dy is 0 so the view stays put. */
    private static void measure(RenderedFrames frames, DesignCanvas canvas, String label, Runnable setup, double dx,
            double dy) throws Exception {
        onFx(() -> {
            setup.run();
            return null;
        });
        int[] n = {0};
        report(label, frames, () -> {
            double sign = dy == 0 && n[0]++ % 2 == 1 ? -1 : 1;
            canvas.panBy(dx * sign, dy * sign);
            return canvas.redrawNow();
        });
    }

    /** Zooming in and out by wheel steps between the whole design and 100%. */
    private static void measureZoom(RenderedFrames frames, DesignCanvas canvas) throws Exception {
        double fit = onFx(() -> {
            canvas.zoomToFit();
            return canvas.viewport().scale();
        });
        double[] factor = {1.15};
        report("wheel zoom, fit <-> 100%", frames, () -> {
            double s = canvas.viewport().scale();
            if (s * factor[0] > 1.0 || s * factor[0] < fit * 0.99) {
                factor[0] = 1 / factor[0];
            }
            canvas.zoom(factor[0]);
            return canvas.redrawNow();
        });
    }

    private static void report(String label, RenderedFrames frames, RenderedFrames.Action frame) throws Exception {
        String only = System.getProperty("bench.only", "");
        if (!label.startsWith(only)) {
            return;
        }
        for (int i = 0; i < WARMUP; i++) {
            frames.next(frame);
        }
        long[] draw = new long[FRAMES];
        long[] total = new long[FRAMES];
        long[] cpu = new long[FRAMES];
        long[] renderCpu = new long[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            RenderedFrames.Frame f = frames.next(frame);
            draw[i] = f.action();
            total[i] = f.total();
            cpu[i] = f.cpu();
            renderCpu[i] = f.renderCpu();
        }
        Arrays.sort(draw);
        Arrays.sort(total);
        Arrays.sort(cpu);
        Arrays.sort(renderCpu);
        System.out.printf(Locale.ROOT, "%-28s draw calls %5.2f ms | whole frame median %6.2f ms, p90 %6.2f ms"
                + " (target < 16 ms) | JavaFX CPU per frame median %6.2f ms (render thread %5.2f ms)%n", label,
                draw[FRAMES / 2] / 1e6, total[FRAMES / 2] / 1e6, total[FRAMES * 9 / 10] / 1e6, cpu[FRAMES / 2] / 1e6,
                renderCpu[FRAMES / 2] / 1e6);
    }

    private static long timed(Callable<?> action) throws Exception {
        // Real elapsed time is what this benchmark measures.
        long t0 = System.nanoTime();
        action.call();
        return System.nanoTime() - t0;
    }

    /** Runs {@code action} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
