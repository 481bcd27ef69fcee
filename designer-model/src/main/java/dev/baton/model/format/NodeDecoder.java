// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.Extensions;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.Position;
import dev.baton.model.Size;
import dev.baton.model.spec.AdapterKind;
import dev.baton.model.spec.AdapterSettings;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.CheckKind;
import dev.baton.model.spec.CircuitBreakerSettings;
import dev.baton.model.spec.CompletionCriterion;
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.CredentialRef;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
import dev.baton.model.spec.FieldType;
import dev.baton.model.spec.HumanDecision;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.ModelRef;
import dev.baton.model.spec.NodeSpec;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.OwnerDecision;
import dev.baton.model.spec.OwnerSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.RejectAction;
import dev.baton.model.spec.RetryPolicy;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ToolSpec;
import dev.baton.model.spec.ValidatorCheck;
import dev.baton.model.spec.ValidatorSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Decodes one node and its kind-specific {@code settings}. A key that is absent means "unset" (the writer omits
 * unset values), not "the default of a new node"; keys that the writer always writes are required.
 */
final class NodeDecoder {
    private final DecodeContext ctx;

    NodeDecoder(DecodeContext ctx) {
        this.ctx = ctx;
    }

    Node node(JsonValue value) throws DesignLoadException {
        Map<String, String> ext = new LinkedHashMap<>();
        Fields f = ctx.object(value, "a node object", "", ext);
        NodeId id = ctx.nodeId(f.req("id"));
        NodeKind kind = f.reqEnum("kind", NodeKind.values(), NodeKind::jsonName);
        String label = f.optString("label", "");
        JsonValue positionValue = f.opt("position");
        Position position = positionValue == null ? Position.ORIGIN : position(positionValue, ext);
        JsonValue sizeValue = f.opt("size");
        Optional<Size> size = sizeValue == null ? Optional.empty() : Optional.of(size(sizeValue, ext));
        JsonValue settingsValue = f.opt("settings");
        if (settingsValue == null) {
            // Settings are omitted when empty; decode an empty object so that required keys are reported.
            JsonValue.Obj node = f.object();
            settingsValue = new JsonValue.Obj(node.where().member("settings"), Map.of());
        }
        Fields settings = ctx.object(settingsValue, "a settings object", f.pointer("settings"), ext);
        NodeSpec spec = spec(kind, settings, ext);
        settings.finish();
        f.finish();
        return new Node(id, label, position, size, spec, new Extensions(ext));
    }

    private Position position(JsonValue value, Map<String, String> ext) throws DesignLoadException {
        Fields f = ctx.object(value, "a position object {\"x\": number, \"y\": number}", "/position", ext);
        double x = ctx.finite(f.req("x"));
        double y = ctx.finite(f.req("y"));
        f.finish();
        return new Position(x, y);
    }

    private Size size(JsonValue value, Map<String, String> ext) throws DesignLoadException {
        Fields f = ctx.object(value, "a size object {\"width\": number, \"height\": number}", "/size", ext);
        double width = ctx.number(f.req("width"), Size.MIN, Size.MAX);
        double height = ctx.number(f.req("height"), Size.MIN, Size.MAX);
        f.finish();
        return new Size(width, height);
    }

    private NodeSpec spec(NodeKind kind, Fields s, Map<String, String> ext) throws DesignLoadException {
        switch (kind) {
            case ORCHESTRATOR: {
                Invocation invocation = invocation(s, ext);
                FailurePolicy failurePolicy = failurePolicy(s.req("failurePolicy"), s.pointer("failurePolicy"), ext);
                return new OrchestratorSpec(invocation, failurePolicy, s.reqInt("maxReplans", 0));
            }
            case AGENT: {
                String role = s.optString("role", "");
                Invocation invocation = invocation(s, ext);
                Optional<DataContract> contract = optContract(s, "outputContract", ext);
                return new AgentSpec(role, invocation, contract, s.optBool("highStakes", false));
            }
            case PLANNER: {
                Invocation invocation = invocation(s, ext);
                JsonValue completionValue = s.opt("completion");
                Optional<CompletionCriterion> completion = completionValue == null ? Optional.empty()
                        : Optional.of(completion(completionValue, s.pointer("completion"), ext));
                return new PlannerSpec(invocation, completion, s.optInt("maxRounds", 1));
            }
            case VALIDATOR: {
                Invocation invocation = invocation(s, ext);
                OptionalDouble threshold = s.optProbability("confidenceThreshold");
                List<ValidatorCheck> checks = new ArrayList<>();
                List<JsonValue> list = ctx.array(s.req("checks"), "an array of checks", Integer.MAX_VALUE);
                for (int i = 0; i < list.size(); i++) {
                    checks.add(check(list.get(i), s.pointer("checks") + "/" + i, ext));
                }
                RejectAction onReject = s.reqEnum("onReject", RejectAction.values(), RejectAction::jsonName);
                return new ValidatorSpec(invocation, threshold, checks, onReject);
            }
            case HUMAN: {
                String queue = s.reqString("queue");
                Optional<Duration> deadline = s.optPositiveDuration("responseDeadline");
                HumanDecision decision = s.reqEnum("defaultDecision", HumanDecision.values(), HumanDecision::jsonName);
                return new HumanSpec(queue, deadline, decision);
            }
            case OWNER:
                return new OwnerSpec(s.reqEnum("decision", OwnerDecision.values(), OwnerDecision::jsonName));
            case TOOL:
                return tool(s, ext);
            case STORE: {
                ConcurrencyControl concurrency =
                        s.reqEnum("concurrency", ConcurrencyControl.values(), ConcurrencyControl::jsonName);
                JsonValue keyValue = s.opt("partitionKey");
                if (keyValue == null) {
                    return new StoreSpec(concurrency, Optional.empty());
                }
                String key = ctx.string(keyValue);
                return ctx.model(keyValue, "a partition key", () -> new StoreSpec(concurrency, Optional.of(key)));
            }
            case START:
                return new StartSpec(optContract(s, "inputContract", ext));
            case END:
                return new EndSpec(optContract(s, "outputContract", ext));
            default:
                throw new AssertionError("unhandled " + kind);
        }
    }

    private ToolSpec tool(Fields s, Map<String, String> ext) throws DesignLoadException {
        String description = s.optString("description", "");
        JsonValue availabilityValue = s.opt("availability");
        double availability = availabilityValue == null ? 1.0 : ctx.number(availabilityValue, 0, 1);
        Optional<Duration> latency = s.optPositiveDuration("latency");
        OptionalInt rateLimit = s.optInt("rateLimitPerMinute", 1);
        JsonValue breakerValue = s.opt("circuitBreaker");
        Optional<CircuitBreakerSettings> breaker = breakerValue == null ? Optional.empty()
                : Optional.of(new DesignDecoder(ctx).breaker(breakerValue, s.pointer("circuitBreaker"), ext));
        return new ToolSpec(description, availability, latency, rateLimit, breaker);
    }

    /** The invocation settings, which sit directly in {@code settings}. */
    private Invocation invocation(Fields s, Map<String, String> ext) throws DesignLoadException {
        JsonValue modelValue = s.opt("model");
        Optional<ModelRef> model = Optional.empty();
        if (modelValue != null) {
            String text = ctx.string(modelValue);
            model = Optional.of(ctx.model(modelValue, "a model reference such as \"openai:gpt-4o-mini\"",
                    () -> ModelRef.parse(text)));
        }
        JsonValue credentialsValue = s.opt("credentials");
        Optional<CredentialRef> credentials = credentialsValue == null ? Optional.empty()
                : Optional.of(credentials(credentialsValue, s.pointer("credentials"), ext));
        JsonValue adapterValue = s.opt("adapter");
        Optional<AdapterSettings> adapter = adapterValue == null ? Optional.empty()
                : Optional.of(adapter(adapterValue, s.pointer("adapter"), ext));
        String instructions = s.optString("instructions", "");
        OptionalLong tokenBudget = s.optLong("tokenBudget", 1);
        Optional<Duration> timeout = s.optPositiveDuration("timeout");
        JsonValue retryValue = s.opt("retry");
        RetryPolicy retry = retryValue == null ? RetryPolicy.NONE : retry(retryValue, s.pointer("retry"), ext);
        return new Invocation(model, credentials, instructions, tokenBudget, timeout, retry, adapter);
    }

    private AdapterSettings adapter(JsonValue value, String pointer, Map<String, String> ext)
            throws DesignLoadException {
        Fields f = ctx.object(value, "an adapter object {\"kind\": ...}", pointer, ext);
        AdapterKind kind = f.reqEnum("kind", AdapterKind.values(), AdapterKind::jsonName);
        JsonValue baseUrlValue = f.opt("baseUrl");
        Optional<String> baseUrl = baseUrlValue == null ? Optional.empty() : Optional.of(ctx.string(baseUrlValue));
        JsonValue commandValue = f.opt("command");
        List<String> command = new ArrayList<>();
        if (commandValue != null) {
            for (JsonValue part : ctx.array(commandValue, "an array of strings (program and arguments)", 1024)) {
                command.add(ctx.string(part));
            }
        }
        JsonValue providerValue = f.opt("provider");
        Optional<String> provider = providerValue == null ? Optional.empty() : Optional.of(ctx.string(providerValue));
        JsonValue temperatureValue = f.opt("temperature");
        OptionalDouble temperature = temperatureValue == null ? OptionalDouble.empty()
                : OptionalDouble.of(ctx.number(temperatureValue, 0, 2));
        f.finish();
        // A rule broken by a URL is reported at the URL (it may hold a pasted secret, so it is not echoed).
        JsonValue at = baseUrlValue != null && kindTakesUrl(kind) ? baseUrlValue : value;
        String found = at == baseUrlValue ? "a URL that is not a plain http(s) base URL" : DecodeContext.describe(value);
        return ctx.model(at, "adapter settings for kind " + kind.jsonName()
                + " (openai/anthropic: baseUrl; process: command; java: provider)", found,
                () -> new AdapterSettings(kind, baseUrl, command, provider, temperature));
    }

    private static boolean kindTakesUrl(AdapterKind kind) {
        return kind == AdapterKind.OPENAI || kind == AdapterKind.ANTHROPIC;
    }

    private CredentialRef credentials(JsonValue value, String pointer, Map<String, String> ext)
            throws DesignLoadException {
        Fields f = ctx.object(value, "{\"env\": \"NAME_OF_AN_ENVIRONMENT_VARIABLE\"}", pointer, ext);
        JsonValue env = f.req("env");
        f.finish();
        if (!(env instanceof JsonValue.Str)) {
            throw ctx.wrong(env, "the name of an environment variable");
        }
        String name = ((JsonValue.Str) env).value();
        // Never echo the value: it may be a pasted secret.
        return ctx.model(env, "the name of an environment variable (A-Z, 0-9, _), not a secret",
                "a " + name.length() + "-character string that is not a variable name", () -> new CredentialRef(name));
    }

    private RetryPolicy retry(JsonValue value, String pointer, Map<String, String> ext) throws DesignLoadException {
        Fields f = ctx.object(value, "a retry object", pointer, ext);
        int maxAttempts = f.reqInt("maxAttempts", 1);
        Duration backoff = f.reqDuration("backoff");
        JsonValue multiplierValue = f.req("multiplier");
        double multiplier = ctx.number(multiplierValue, 1, 100);
        f.finish();
        return new RetryPolicy(maxAttempts, backoff, multiplier);
    }

    private FailurePolicy failurePolicy(JsonValue value, String pointer, Map<String, String> ext)
            throws DesignLoadException {
        Fields f = ctx.object(value, "a failure policy object", pointer, ext);
        FailureAction onFailed = f.reqEnum("onFailed", FailureAction.values(), FailureAction::jsonName);
        FailureAction onPartial = f.reqEnum("onPartial", FailureAction.values(), FailureAction::jsonName);
        FailureAction onTimeout = f.reqEnum("onTimeout", FailureAction.values(), FailureAction::jsonName);
        f.finish();
        return new FailurePolicy(onFailed, onPartial, onTimeout);
    }

    private CompletionCriterion completion(JsonValue value, String pointer, Map<String, String> ext)
            throws DesignLoadException {
        Fields f = ctx.object(value, "a completion object", pointer, ext);
        OptionalDouble minConfidence = f.optProbability("minConfidence");
        OptionalInt agreeingRounds = f.optInt("agreeingRounds", 1);
        f.finish();
        return ctx.model(value, "minConfidence or agreeingRounds (or both)",
                () -> new CompletionCriterion(minConfidence, agreeingRounds));
    }

    private ValidatorCheck check(JsonValue value, String pointer, Map<String, String> ext)
            throws DesignLoadException {
        Fields f = ctx.object(value, "a check object", pointer, ext);
        CheckKind kind = f.reqEnum("kind", CheckKind.values(), CheckKind::jsonName);
        String detail = f.optString("detail", "");
        f.finish();
        return new ValidatorCheck(kind, detail);
    }

    private Optional<DataContract> optContract(Fields s, String key, Map<String, String> ext)
            throws DesignLoadException {
        JsonValue value = s.opt(key);
        if (value == null) {
            return Optional.empty();
        }
        Fields f = ctx.object(value, "a contract object {\"fields\": [...]}", s.pointer(key), ext);
        List<JsonValue> list = ctx.array(f.req("fields"), "an array of contract fields", Integer.MAX_VALUE);
        List<ContractField> fields = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            fields.add(field(list.get(i), f.pointer("fields") + "/" + i, ext));
        }
        f.finish();
        return Optional.of(ctx.model(value, "a contract with unique field names", () -> new DataContract(fields)));
    }

    private ContractField field(JsonValue value, String pointer, Map<String, String> ext) throws DesignLoadException {
        Fields f = ctx.object(value, "a contract field object", pointer, ext);
        JsonValue nameValue = f.req("name");
        String name = ctx.string(nameValue);
        FieldType type = f.reqEnum("type", FieldType.values(), FieldType::jsonName);
        boolean required = f.reqBool("required");
        f.finish();
        return ctx.model(nameValue, "a field name", () -> new ContractField(name, type, required));
    }
}
