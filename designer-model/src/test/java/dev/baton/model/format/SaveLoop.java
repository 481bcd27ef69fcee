// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.Design;
import java.nio.file.Path;

/**
 * Child process of {@link KillDuringSaveTest}: saves two designs alternately into one file, forever, printing a
 * line before and after each save, until it is killed. Kept free of test libraries so that it starts fast.
 */
public final class SaveLoop {
    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Design[] designs = {KillDuringSaveTest.designA(), KillDuringSaveTest.designB()};
        for (long i = 0; ; i++) {
            System.out.println("saving " + i);
            System.out.flush();
            DesignFiles.save(file, designs[(int) (i % 2)]);
            System.out.println("saved " + i);
            System.out.flush();
        }
    }
}
