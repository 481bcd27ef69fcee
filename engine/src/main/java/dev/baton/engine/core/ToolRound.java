// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.core;

import dev.baton.model.NodeId;
import java.util.List;

/**
 * The results of the tool calls a model asked for with its previous answer, sent back to it in the next round of
 * the same call so that it can answer with its envelope.
 *
 * @param round 1 for the first re-ask, 2 for the second, ...
 * @param continuation the conversation so far, as the adapter left it in {@link ModelExchange#toolContinuation()}
 * @param results one per tool call of the previous answer, in its order
 */
public record ToolRound(int round, Object continuation, List<Result> results) {
    public ToolRound {
        if (round < 1) {
            throw new IllegalArgumentException("tool round must be >= 1, but was " + round);
        }
        results = List.copyOf(results);
    }

    /**
     * One tool's answer.
     *
     * @param result the tool's result when it succeeded, else null
     * @param error why it failed, else empty
     */
    public record Result(NodeId tool, Object input, boolean ok, Object result, String error) {}
}
