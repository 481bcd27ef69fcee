// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private long now;

    @Test
    void onATerminalTheLineIsRedrawnInPlaceWithRateAndEta() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true, () -> now, "A");
        now = 2_000_000_000L;
        bar.onProgress(1_000, 4_000);
        now = 4_000_000_000L;
        bar.onProgress(2_000, 4_000);
        bar.finish();

        assertThat(text.toString()).startsWith("\rsimulate A [######------------------]  25%  1,000/4,000 runs  "
                + "500 runs/s  ETA 6.0s").contains("\rsimulate A [############------------]  50%  2,000/4,000 runs  "
                + "500 runs/s  ETA 4.0s").endsWith(System.lineSeparator());
    }

    @Test
    void elsewhereOneLinePerTenPercentWithoutCarriageReturns() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false, () -> now, "");
        for (long done = 100; done <= 1_000; done += 50) {
            now += 1_000_000_000L;
            bar.onProgress(done, 1_000);
        }

        assertThat(text.toString()).doesNotContain("\r");
        assertThat(text.toString().lines()).hasSize(10).first().asString().startsWith("simulate  10%  100/1,000 runs");
    }
}
