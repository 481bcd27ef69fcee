// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.archfixture;

/** A deliberate violation, used only to prove that the architecture test's clock rule can fail. */
public final class SleepsInTheCore {
    long stamp() throws InterruptedException {
        Thread.sleep(1);
        long unseeded = java.util.random.RandomGenerator.getDefault().nextLong() + new java.util.SplittableRandom().nextLong();
        return System.currentTimeMillis() + (long) Math.random() + unseeded;
    }
}
