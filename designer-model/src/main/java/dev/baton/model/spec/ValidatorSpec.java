// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.NodeKind;
import dev.baton.model.Require;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A gate before output leaves the system or before claims travel on. Output below the confidence threshold, or
 * failing a check, is rejected and handled by {@code onReject}. Output that passes becomes
 * {@code agent-verified}.
 */
public record ValidatorSpec(Invocation invocation, OptionalDouble confidenceThreshold, List<ValidatorCheck> checks,
        RejectAction onReject) implements NodeSpec {

    public ValidatorSpec {
        Require.nonNull("invocation", invocation);
        Require.nonNull("confidenceThreshold", confidenceThreshold);
        confidenceThreshold.ifPresent(c -> Require.probability("confidenceThreshold", c));
        checks = List.copyOf(Require.nonNull("checks", checks));
        Require.nonNull("onReject", onReject);
    }

    public static ValidatorSpec defaults() {
        return new ValidatorSpec(Invocation.DEFAULTS, OptionalDouble.of(0.7), List.of(ValidatorCheck.of(CheckKind.SCHEMA)),
                RejectAction.ESCALATE);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.VALIDATOR;
    }

    public ValidatorSpec withConfidenceThreshold(OptionalDouble value) {
        return new ValidatorSpec(invocation, value, checks, onReject);
    }

    public ValidatorSpec withChecks(List<ValidatorCheck> value) {
        return new ValidatorSpec(invocation, confidenceThreshold, value, onReject);
    }

    public ValidatorSpec withOnReject(RejectAction value) {
        return new ValidatorSpec(invocation, confidenceThreshold, checks, value);
    }

    public ValidatorSpec withInvocation(Invocation value) {
        return new ValidatorSpec(value, confidenceThreshold, checks, onReject);
    }
}
