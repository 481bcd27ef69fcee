// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.fix;

import dev.baton.model.policy.TaskPolicy;
import dev.baton.model.spec.CheckKind;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.FieldType;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.RejectAction;
import dev.baton.model.spec.RetryPolicy;
import dev.baton.model.spec.ValidatorCheck;
import dev.baton.model.spec.ValidatorSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The values one-click fixes write. Conservative starting points the user is expected to tune; task-level values
 * are those of a new design ({@link TaskPolicy#defaults()}).
 */
public final class FixDefaults {
    private FixDefaults() {}

    /** Settings of a freshly created design, the source of task-level values. */
    public static final TaskPolicy POLICY = TaskPolicy.defaults();
    /** Per-invocation token budget given to a node that has none. */
    public static final long TOKEN_BUDGET = 8_000;
    /** Per-invocation timeout given to a delegated node that has none. */
    public static final Duration INVOCATION_TIMEOUT = Duration.ofSeconds(60);
    /** Confidence threshold of a validator a fix adds or completes. */
    public static final double VALIDATOR_THRESHOLD = 0.7;
    /** Rounds a planner may take when a fix bounds it. */
    public static final int PLANNER_MAX_ROUNDS = 5;
    /** Consolidated confidence at which a fixed planner stops. */
    public static final double PLANNER_MIN_CONFIDENCE = 0.8;
    /** The completion condition written when the task has none, for reviewers to refine. */
    public static final String COMPLETE_WHEN = "a result passes the result validator";
    /** The envelope contract given to a worker that returns free-form text. */
    public static final DataContract OUTPUT_CONTRACT = DataContract.of(new ContractField("result", FieldType.ANY, true));

    /** A validator that checks the schema and verifies claims, with its own budget and timeout. */
    public static ValidatorSpec validator() {
        Invocation invocation = new Invocation(Optional.empty(), Optional.empty(), "", OptionalLong.of(TOKEN_BUDGET),
                Optional.of(INVOCATION_TIMEOUT), RetryPolicy.NONE);
        return new ValidatorSpec(invocation, OptionalDouble.of(VALIDATOR_THRESHOLD),
                List.of(ValidatorCheck.of(CheckKind.SCHEMA), ValidatorCheck.of(CheckKind.CLAIM_VERIFICATION)),
                RejectAction.ESCALATE);
    }
}
