// SPDX-License-Identifier: Apache-2.0
package dev.baton.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few classes of the model, engine and simulator that may read the system clock or sleep: the
 * real-time driver and network adapters, which exist to meet real deadlines. Everything else takes an injected
 * clock and seeded random streams; the architecture test rejects any other use. The reason is required so that
 * each exception explains itself where it is made.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UsesRealTime {
    /** Why this class needs real time. */
    String value();
}
