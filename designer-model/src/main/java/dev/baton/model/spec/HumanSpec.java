// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import java.time.Duration;
import java.util.Optional;

/**
 * A human escalation path: escalations wait in an inbox until answered or until the deadline passes, when the
 * default decision is taken.
 *
 * @param queue who answers (a team or inbox name)
 * @param responseDeadline how long to wait for an answer; empty = unset (the run's own deadline still applies)
 * @param defaultDecision the decision taken when the deadline passes
 */
public record HumanSpec(String queue, Optional<Duration> responseDeadline, HumanDecision defaultDecision)
        implements NodeSpec {

    public HumanSpec {
        Require.nonNull("queue", queue);
        Require.nonNull("responseDeadline", responseDeadline);
        responseDeadline.ifPresent(d -> Require.positive("responseDeadline", d));
        Require.nonNull("defaultDecision", defaultDecision);
    }

    public static HumanSpec defaults() {
        return new HumanSpec("reviewers", Optional.of(Duration.ofMinutes(30)), HumanDecision.REJECT);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.HUMAN;
    }
}
