// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Times real frames of one scene for the benchmark: an action on the FX thread (typically a canvas redraw), then
 * the pulse that follows it, up to the moment JavaFX reports that frame as rendered. Driven from a thread other
 * than the FX thread, one frame at a time.
 *
 * <p>The idle wait between the action and the next pulse (the 60 Hz pulse timer) is left out: a frame is the
 * action's own time plus the time from the pulse's pre-layout point (after animations, before CSS, layout and the
 * copy of the scene graph to the render graph) to the rendered-frame notification, which JavaFX sends on the FX
 * thread after the render thread has painted the dirty regions and presented them. The notification comes from JavaFX's internal
 * {@link PerformanceTracker}, reachable here because JavaFX is on the class path; the benchmark is the only user.
 *
 * <p>On a shared machine the wall time depends on the load, so each frame also reports the CPU time that the
 * JavaFX threads (FX thread, render thread, Monocle's screen thread) spent on it.
 */
final class RenderedFrames {
    private volatile CountDownLatch waiting;
    private volatile long pulseAt;
    private volatile long renderedAt;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long[] javaFxThreads = javaFxThreads();
    private final long renderThread = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);

    RenderedFrames(Scene scene) {
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            CountDownLatch latch = waiting;
            if (latch != null && pulseAt != 0) {
                // Real elapsed time is what the benchmark measures.
                renderedAt = System.nanoTime();
                waiting = null;
                latch.countDown();
            }
        });
        scene.addPreLayoutPulseListener(() -> {
            if (waiting != null && pulseAt == 0) {
                pulseAt = System.nanoTime();
            }
        });
    }

    /** The times of one frame in nanoseconds. */
    record Frame(long action, long pulse, long cpu, long renderCpu) {
        long total() {
            return action + pulse;
        }
    }

    /** Something to do on the FX thread before a frame; returns its own duration in nanoseconds. */
    interface Action {
        long run() throws Exception;
    }

    /**
     * Runs {@code action} on the FX thread (it returns its own duration in nanoseconds) and waits until the frame
     * showing its result has been rendered.
     */
    Frame next(Action action) throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        long[] actionNanos = new long[1];
        Exception[] failure = new Exception[1];
        long cpuBefore = javaFxCpu();
        long renderBefore = renderCpu();
        Platform.runLater(() -> {
            pulseAt = 0;
            try {
                actionNanos[0] = action.run();
                waiting = latch;
            } catch (Exception | AssertionError e) {
                failure[0] = new Exception("the action before a frame failed", e);
                latch.countDown();
            }
        });
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no frame was rendered within 30 s");
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return new Frame(actionNanos[0], renderedAt - pulseAt, javaFxCpu() - cpuBefore, renderCpu() - renderBefore);
    }

    private static long[] javaFxThreads() {
        // Under Monocle the FX thread is called "Event Thread"; under Glass GTK "JavaFX Application Thread".
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("JavaFX Application") || t.getName().equals("Event Thread")
                        || t.getName().startsWith("QuantumRenderer") || t.getName().startsWith("Monocle"))
                .mapToLong(Thread::getId).toArray();
    }

    private long renderCpu() {
        return Math.max(0, threads.getThreadCpuTime(renderThread));
    }

    private long javaFxCpu() {
        long sum = 0;
        for (long id : javaFxThreads) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }
}
