// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import dev.baton.engine.adapter.anthropic.AnthropicMessagesAdapter;
import dev.baton.engine.adapter.openai.OpenAiChatAdapter;
import dev.baton.engine.adapter.process.ProcessAdapter;
import dev.baton.engine.adapter.spi.AgentProvider;
import dev.baton.engine.adapter.spi.JavaAgents;
import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.AgentReply;
import dev.baton.engine.driver.AgentAdapter;
import dev.baton.model.Design;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.AdapterSettings;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.Invocations;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The agent adapter for a whole design: each node is called through the adapter its settings (or an override)
 * name, and every other node, tools included, through the scripted agents. Resolved once, when the run starts, so
 * that a setting that cannot work (a process without a command, an unknown Java provider) fails before any call.
 *
 * <p>This class is threadsafe.
 */
public final class DesignAdapters implements AgentAdapter {
    /** Where Ollama's OpenAI-compatible API listens by default; used for {@code ollama:} models without a base URL. */
    public static final String OLLAMA_BASE_URL = "http://127.0.0.1:11434/v1";

    private final Map<NodeId, AgentAdapter> byNode;
    private final Map<NodeId, AdapterKind> kinds;
    private final AgentAdapter scripted;

    private DesignAdapters(Map<NodeId, AgentAdapter> byNode, Map<NodeId, AdapterKind> kinds, AgentAdapter scripted) {
        this.byNode = Map.copyOf(byNode);
        this.kinds = Map.copyOf(kinds);
        this.scripted = scripted;
    }

    /** What the adapters are built from. */
    public record Resources(CredentialSource credentials, HttpExchange http, JavaAgents javaAgents,
            Executor processWaiters) {}

    /**
     * The adapters for {@code design}.
     *
     * @throws IllegalArgumentException when a node's adapter cannot be built, naming the node and why
     */
    public static DesignAdapters create(Design design, AgentOverrides overrides, AgentAdapter scripted,
            Resources resources) {
        Map<NodeId, AgentAdapter> byNode = new HashMap<>();
        Map<NodeId, AdapterKind> kinds = new LinkedHashMap<>();
        for (Node node : design.nodes()) {
            Optional<Invocation> invocation = Invocations.of(node.spec());
            Optional<AdapterSettings> configured = invocation.flatMap(Invocation::adapter);
            Optional<AdapterKind> forced = overrides.kindFor(node.id());
            AdapterKind kind = forced.orElse(configured.map(AdapterSettings::kind).orElse(AdapterKind.SCRIPTED));
            if (kind == AdapterKind.SCRIPTED) {
                continue;
            }
            if (invocation.isEmpty()) {
                if (!overrides.namesNode(node.id())) {
                    continue; // "*=openai" means every model-backed node; tools, humans and stores stay scripted.
                }
                throw new IllegalArgumentException(node.id() + " is a " + node.kind().jsonName()
                        + ", which cannot use the " + kind.jsonName() + " adapter (only model-backed nodes can)");
            }
            AdapterSettings settings = configured.filter(s -> s.kind() == kind).orElseGet(() -> defaults(kind, node));
            NodeBinding binding = NodeBinding.of(design, node);
            byNode.put(node.id(), build(binding, settings, resources));
            kinds.put(node.id(), kind);
        }
        return new DesignAdapters(byNode, kinds, scripted);
    }

    /** The same adapters with {@code value} answering the scripted nodes. */
    public DesignAdapters withScripted(AgentAdapter value) {
        return new DesignAdapters(byNode, kinds, value);
    }

    /** The adapter kind each node uses that is not scripted, in design order. */
    public Map<NodeId, AdapterKind> kinds() {
        return kinds;
    }

    @Override
    public CompletableFuture<AgentReply> invoke(AgentCall call) {
        return byNode.getOrDefault(call.node(), scripted).invoke(call);
    }

    private static AdapterSettings defaults(AdapterKind kind, Node node) {
        if (kind == AdapterKind.PROCESS || kind == AdapterKind.JAVA) {
            throw new IllegalArgumentException(node.id() + " cannot use the " + kind.jsonName()
                    + " adapter: its settings name no " + (kind == AdapterKind.PROCESS ? "command" : "provider")
                    + " (set settings.adapter in the design)");
        }
        return AdapterSettings.of(kind);
    }

    private static AgentAdapter build(NodeBinding node, AdapterSettings settings, Resources r) {
        AdapterKind kind = settings.kind();
        if (kind == AdapterKind.OPENAI) {
            boolean ollama = node.invocation().model().map(m -> "ollama".equals(m.provider())).orElse(false);
            return new OpenAiChatAdapter(node, ModelCallSettings.of(node, settings,
                    ollama ? OLLAMA_BASE_URL : OpenAiChatAdapter.DEFAULT_BASE_URL), r.http(), r.credentials());
        } else if (kind == AdapterKind.ANTHROPIC) {
            return new AnthropicMessagesAdapter(node, ModelCallSettings.of(node, settings,
                    AnthropicMessagesAdapter.DEFAULT_BASE_URL), r.http(), r.credentials());
        } else if (kind == AdapterKind.PROCESS) {
            return new ProcessAdapter(node, settings.command(),
                    node.invocation().timeout().orElse(ModelCallSettings.DEFAULT_DEADLINE), r.processWaiters());
        } else if (kind == AdapterKind.JAVA) {
            String name = settings.provider().orElseThrow();
            AgentProvider provider = r.javaAgents().find(name).orElseThrow(() -> new IllegalArgumentException(
                    node.id() + " names the Java agent provider \"" + name + "\", but none is on the class path "
                            + "(found: " + r.javaAgents().names() + ")"));
            return provider.create(node);
        } else if (kind == AdapterKind.SCRIPTED) {
            throw new AssertionError("scripted nodes use the scripted agents");
        }
        throw new AssertionError("unhandled " + kind);
    }
}
