// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;

/**
 * An orchestrator's decision per subtask outcome.
 *
 * @param onFailed a {@code failed} envelope (including crashes and broken contracts)
 * @param onPartial a {@code partial} envelope
 * @param onTimeout no envelope before the deadline
 */
public record FailurePolicy(FailureAction onFailed, FailureAction onPartial, FailureAction onTimeout) {
    public static final FailurePolicy DEFAULTS =
            new FailurePolicy(FailureAction.REPLAN, FailureAction.ACCEPT_PARTIAL, FailureAction.RETRY);

    public FailurePolicy {
        Require.nonNull("failure policy onFailed", onFailed);
        Require.nonNull("failure policy onPartial", onPartial);
        Require.nonNull("failure policy onTimeout", onTimeout);
    }

    /** Whether any outcome leads to a re-plan rather than only retries. */
    public boolean replans() {
        return onFailed == FailureAction.REPLAN || onPartial == FailureAction.REPLAN
                || onTimeout == FailureAction.REPLAN;
    }
}
