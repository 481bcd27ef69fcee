// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.profile;

import dev.baton.model.NodeId;
import dev.baton.model.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When an agent passes work on instead of answering. Per call, with probability {@code rate} it hands off to a
 * target chosen by {@code preferences} (weights over its handoff edges' targets; empty means equal weights), and
 * with probability {@code notMyDomainRate} it declines with "not my domain" and returns control to the sender.
 * The two are exclusive, so their sum is at most 1.
 *
 * @param rate            probability of handing off, in [0, 1]
 * @param notMyDomainRate probability of declining as out of domain, in [0, 1 - rate]
 * @param preferences     relative weights of handoff targets, each >= 0; iteration order kept
 */
public record HandoffProfile(double rate, double notMyDomainRate, Map<NodeId, Double> preferences) {
    /** Never hands off or declines. */
    public static final HandoffProfile NEVER = new HandoffProfile(0, 0, Map.of());

    public HandoffProfile {
        Require.probability("handoff rate", rate);
        Require.probability("handoff notMyDomainRate", notMyDomainRate);
        if (rate + notMyDomainRate > 1.0 + 1e-12) {
            throw new IllegalArgumentException("handoff rate + notMyDomainRate must be <= 1, but was "
                    + rate + " + " + notMyDomainRate);
        }
        Require.nonNull("handoff preferences", preferences);
        Map<NodeId, Double> copy = new LinkedHashMap<>();
        for (Map.Entry<NodeId, Double> e : preferences.entrySet()) {
            double w = Require.nonNull("handoff preference of " + e.getKey(), e.getValue());
            if (!(w >= 0.0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException(
                        "handoff preference of " + e.getKey() + " must be finite and >= 0, but was " + w);
            }
            copy.put(Require.nonNull("handoff target", e.getKey()), w);
        }
        preferences = Collections.unmodifiableMap(copy);
    }

    /** A copy that always hands off ("agent Y always hands off"). */
    public HandoffProfile always() {
        return new HandoffProfile(1.0, 0.0, preferences);
    }
}
