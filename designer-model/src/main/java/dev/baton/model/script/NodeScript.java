// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.script;

import dev.baton.model.Require;
import java.util.List;

/**
 * The replies of one scripted node: the n-th invocation gets the n-th reply. After the last one, the script either
 * starts over ({@code cycle}) or keeps giving the last reply.
 */
public record NodeScript(List<ScriptedReply> replies, boolean cycle) {
    public NodeScript {
        replies = List.copyOf(Require.nonNull("script replies", replies));
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("a node script needs at least one reply");
        }
    }

    /** The reply for the {@code invocation}-th call (0-based). */
    public ScriptedReply replyFor(int invocation) {
        if (invocation < replies.size()) {
            return replies.get(invocation);
        }
        return cycle ? replies.get(invocation % replies.size()) : replies.get(replies.size() - 1);
    }
}
