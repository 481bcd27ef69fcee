// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The {@link AgentProvider}s on a class path, by name. Immutable after loading. */
public final class JavaAgents {
    private final Map<String, AgentProvider> providers;

    private JavaAgents(Map<String, AgentProvider> providers) {
        this.providers = Map.copyOf(providers);
    }

    /** The providers {@code loader} finds; two with one name are an error naming both classes. */
    public static JavaAgents load(ClassLoader loader) {
        Map<String, AgentProvider> found = new LinkedHashMap<>();
        for (AgentProvider p : ServiceLoader.load(AgentProvider.class, loader)) {
            AgentProvider before = found.putIfAbsent(p.name(), p);
            if (before != null) {
                throw new IllegalStateException("two agent providers are named \"" + p.name() + "\": "
                        + before.getClass().getName() + " and " + p.getClass().getName());
            }
        }
        return new JavaAgents(found);
    }

    public Optional<AgentProvider> find(String name) {
        return Optional.ofNullable(providers.get(name));
    }

    /** The names found, for error messages. */
    public String names() {
        return providers.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(providers.keySet()));
    }
}
