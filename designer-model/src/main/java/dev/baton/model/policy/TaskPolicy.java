// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.policy;

import dev.baton.model.NodeId;
import dev.baton.model.Require;
import dev.baton.model.message.Constraint;
import dev.baton.model.spec.CircuitBreakerSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The task-level policy set at intake. Every limit can be left unset, so that the simulator can show what a design
 * without it does and the review can flag it; new designs start from {@link #defaults()}.
 *
 * @param tokenCeiling hard token ceiling per task (a kill, not a warning)
 * @param costCeilingUsd hard cost ceiling per task, in US dollars
 * @param wallClockTimeout deadline for the whole run
 * @param hopCap global hop cap; at the cap control returns to the owner
 * @param sharedRetryBudget retries all agents of one task may spend together
 * @param circuitBreaker breaker settings for tools that do not set their own
 * @param owner the node accountable for completion (an orchestrator, a planner or an owner node)
 * @param termination the termination criteria
 * @param constraints constraints that travel with every task of this design, verbatim
 * @param observability tracing, state diffs and evaluation sampling
 */
public record TaskPolicy(OptionalLong tokenCeiling, Optional<BigDecimal> costCeilingUsd,
        Optional<Duration> wallClockTimeout, OptionalInt hopCap, OptionalInt sharedRetryBudget,
        Optional<CircuitBreakerSettings> circuitBreaker, Optional<NodeId> owner, TerminationCriteria termination,
        List<Constraint> constraints, Observability observability) {

    /** The hop cap suggested by the checklist. */
    public static final int DEFAULT_HOP_CAP = 12;

    /** A policy with nothing set: what an unguarded design looks like. */
    public static final TaskPolicy UNSET = new TaskPolicy(OptionalLong.empty(), Optional.empty(), Optional.empty(),
            OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), TerminationCriteria.UNSET,
            List.of(), Observability.DEFAULTS);

    public TaskPolicy {
        Require.nonNull("tokenCeiling", tokenCeiling);
        tokenCeiling.ifPresent(t -> Require.atLeast("tokenCeiling", t, 1));
        Require.nonNull("costCeilingUsd", costCeilingUsd);
        costCeilingUsd.ifPresent(c -> {
            if (c.signum() <= 0) {
                throw new IllegalArgumentException("costCeilingUsd must be > 0, but was " + c.toPlainString());
            }
        });
        // 1.00 and 1 are the same ceiling: normalise the scale so that equality (and a file round trip) agree.
        costCeilingUsd = costCeilingUsd.map(TaskPolicy::normalizedMoney);
        Require.nonNull("wallClockTimeout", wallClockTimeout);
        wallClockTimeout.ifPresent(t -> Require.positive("wallClockTimeout", t));
        Require.nonNull("hopCap", hopCap);
        hopCap.ifPresent(h -> Require.atLeast("hopCap", h, 1));
        Require.nonNull("sharedRetryBudget", sharedRetryBudget);
        sharedRetryBudget.ifPresent(r -> Require.atLeast("sharedRetryBudget", r, 0));
        Require.nonNull("circuitBreaker", circuitBreaker);
        Require.nonNull("owner", owner);
        Require.nonNull("termination", termination);
        constraints = List.copyOf(Require.nonNull("constraints", constraints));
        Set<String> ids = new HashSet<>();
        for (Constraint c : constraints) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("constraint ids must be unique, but \"" + c.id()
                        + "\" appears twice");
            }
        }
        Require.nonNull("observability", observability);
    }

    private static BigDecimal normalizedMoney(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The policy of a new design: every guard of the checklist switched on with conservative values. */
    public static TaskPolicy defaults() {
        return new TaskPolicy(OptionalLong.of(50_000), Optional.of(new BigDecimal("1.00")),
                Optional.of(Duration.ofMinutes(5)), OptionalInt.of(DEFAULT_HOP_CAP), OptionalInt.of(6),
                Optional.of(CircuitBreakerSettings.DEFAULTS), Optional.empty(),
                new TerminationCriteria(OptionalInt.of(50), ""), List.of(), Observability.DEFAULTS);
    }

    public TaskPolicy withTokenCeiling(OptionalLong value) {
        return new TaskPolicy(value, costCeilingUsd, wallClockTimeout, hopCap, sharedRetryBudget, circuitBreaker,
                owner, termination, constraints, observability);
    }

    public TaskPolicy withCostCeilingUsd(Optional<BigDecimal> value) {
        return new TaskPolicy(tokenCeiling, value, wallClockTimeout, hopCap, sharedRetryBudget, circuitBreaker,
                owner, termination, constraints, observability);
    }

    public TaskPolicy withWallClockTimeout(Optional<Duration> value) {
        return new TaskPolicy(tokenCeiling, costCeilingUsd, value, hopCap, sharedRetryBudget, circuitBreaker,
                owner, termination, constraints, observability);
    }

    public TaskPolicy withHopCap(OptionalInt value) {
        return new TaskPolicy(tokenCeiling, costCeilingUsd, wallClockTimeout, value, sharedRetryBudget,
                circuitBreaker, owner, termination, constraints, observability);
    }

    public TaskPolicy withSharedRetryBudget(OptionalInt value) {
        return new TaskPolicy(tokenCeiling, costCeilingUsd, wallClockTimeout, hopCap, value, circuitBreaker,
                owner, termination, constraints, observability);
    }

    public TaskPolicy withCircuitBreaker(Optional<CircuitBreakerSettings> value) {
        return new TaskPolicy(tokenCeiling, costCeilingUsd, wallClockTimeout, hopCap, sharedRetryBudget, value,
                owner, termination, constraints, observability);
    }

    public TaskPolicy withOwner(Optional<NodeId> value) {
        return new TaskPolicy(tokenCeiling, costCeilingUsd, wallClockTimeout, hopCap, sharedRetryBudget,
                circuitBreaker, value, termination, constraints, observability);
    }

    public TaskPolicy withTermination(TerminationCriteria value) {
        return new TaskPolicy(tokenCeiling, costCeilingUsd, wallClockTimeout, hopCap, sharedRetryBudget,
                circuitBreaker, owner, value, constraints, observability);
    }

    public TaskPolicy withConstraints(List<Constraint> value) {
        return new TaskPolicy(tokenCeiling, costCeilingUsd, wallClockTimeout, hopCap, sharedRetryBudget,
                circuitBreaker, owner, termination, value, observability);
    }

    public TaskPolicy withObservability(Observability value) {
        return new TaskPolicy(tokenCeiling, costCeilingUsd, wallClockTimeout, hopCap, sharedRetryBudget,
                circuitBreaker, owner, termination, constraints, value);
    }
}
