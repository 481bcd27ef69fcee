// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.cli;

import dev.baton.engine.core.CallPurpose;
import dev.baton.engine.core.TraceEvent;
import dev.baton.engine.core.TraceSink;
import dev.baton.model.policy.TaskPolicy;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Counts what a run has used so far from its trace events, for the progress line: the highest hop, model calls
 * started (tool calls are not model calls), tokens and cost charged. Threadsafe: the driver records from its
 * threads while the command's thread reads snapshots.
 */
final class ProgressTracker implements TraceSink {
    private static final BigDecimal MICROS_PER_USD = BigDecimal.valueOf(1_000_000);
    private final TaskPolicy policy;
    private int hops;
    private int calls;
    private long tokens;
    private long costMicros;

    ProgressTracker(TaskPolicy policy) {
        this.policy = policy;
    }

    @Override
    public synchronized void record(TraceEvent event) {
        if (event instanceof TraceEvent.MessageSent) {
            TraceEvent.MessageSent m = (TraceEvent.MessageSent) event;
            hops = Math.max(hops, m.hop());
            if (m.purpose() != CallPurpose.TOOL) {
                calls++;
            }
        } else if (event instanceof TraceEvent.EnvelopeReceived) {
            TraceEvent.EnvelopeReceived v = (TraceEvent.EnvelopeReceived) event;
            tokens += v.tokens();
            costMicros += v.costMicros();
        } else if (event instanceof TraceEvent.RunFinished) {
            TraceEvent.RunFinished f = (TraceEvent.RunFinished) event;
            hops = f.hops();
            calls = f.calls();
            tokens = f.tokens();
            costMicros = f.costMicros();
        }
    }

    synchronized RunProgress snapshot(Duration elapsed) {
        return new RunProgress(hops, policy.hopCap(), calls, tokens, policy.tokenCeiling(),
                BigDecimal.valueOf(costMicros).divide(MICROS_PER_USD), policy.costCeilingUsd(), elapsed);
    }
}
