// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.policy;

import dev.baton.model.Require;

/**
 * What the engine records: message-level tracing, state-diff logging of store writes, and the fraction of runs
 * whose end-to-end output is sampled for evaluation against ground truth.
 */
public record Observability(boolean tracing, boolean stateDiffs, double evaluationSampleRate) {
    public static final Observability DEFAULTS = new Observability(true, true, 0.01);

    public Observability {
        Require.probability("evaluationSampleRate", evaluationSampleRate);
    }
}
