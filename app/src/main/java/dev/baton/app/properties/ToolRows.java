// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.properties;

import dev.baton.model.Node;
import dev.baton.model.spec.ToolSpec;

/** The rows of a tool node (kept apart to keep {@link NodeProperties} short). */
final class ToolRows {
    private ToolRows() {
    }

    static void add(NodeProperties rows) {
        rows.text(NodeProperties.GENERAL, "Description", "What the tool does", n -> tool(n).description(),
                (n, v) -> n.withSpec(new ToolSpec(Parse.text(v), tool(n).availability(), tool(n).latency(),
                        tool(n).rateLimitPerMinute(), tool(n).circuitBreaker())));
        rows.text(NodeProperties.BEHAVIOUR, "Availability", "Fraction of calls answered, 0..1",
                n -> Double.toString(tool(n).availability()),
                (n, v) -> n.withSpec(new ToolSpec(tool(n).description(), availability(v), tool(n).latency(),
                        tool(n).rateLimitPerMinute(), tool(n).circuitBreaker())));
        rows.text(NodeProperties.LIMITS, "Latency", "Typical latency, e.g. 800ms; empty = unknown",
                n -> Parse.showDuration(tool(n).latency()),
                (n, v) -> n.withSpec(new ToolSpec(tool(n).description(), tool(n).availability(),
                        Parse.optionalDuration("latency", v), tool(n).rateLimitPerMinute(), tool(n).circuitBreaker())));
        rows.text(NodeProperties.LIMITS, "Rate limit / min", "Calls per minute; empty = unlimited",
                n -> Parse.show(tool(n).rateLimitPerMinute()),
                (n, v) -> n.withSpec(new ToolSpec(tool(n).description(), tool(n).availability(), tool(n).latency(),
                        Parse.optionalInt("rate limit", v), tool(n).circuitBreaker())));
    }

    private static double availability(Object v) {
        var d = Parse.optionalDouble("availability", v);
        if (d.isEmpty()) {
            throw new IllegalArgumentException("availability must be a number between 0 and 1, but was empty");
        }
        return d.getAsDouble();
    }

    private static ToolSpec tool(Node n) {
        return (ToolSpec) n.spec();
    }
}
