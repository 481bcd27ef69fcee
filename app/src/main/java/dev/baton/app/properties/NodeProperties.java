// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.properties;

import dev.baton.app.edit.ReplaceNode;
import dev.baton.model.Node;
import dev.baton.model.NodeId;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FailureAction;
import dev.baton.model.spec.FailurePolicy;
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
import dev.baton.model.spec.ConcurrencyControl;
import dev.baton.model.spec.ToolSpec;
import dev.baton.model.spec.ValidatorSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The property rows of one node: general rows, then the rows of its kind. */
final class NodeProperties {
    static final String GENERAL = "General";
    static final String LIMITS = "Limits";
    static final String BEHAVIOUR = "Behaviour";
    /** Row names that tests and the budget badge refer to. */
    static final String TOKEN_BUDGET = "Token budget";

    private final PropertiesViewModel vm;
    private final NodeId id;
    private final List<Property> rows = new ArrayList<>();

    NodeProperties(PropertiesViewModel vm, NodeId id) {
        this.vm = vm;
        this.id = id;
    }

    List<Property> rows() {
        rows.add(Property.readOnly(GENERAL, "Id", "Stable id, written to the file", () -> id.value()));
        rows.add(Property.readOnly(GENERAL, "Kind", "The node kind", () -> node().kind().jsonName()));
        text(GENERAL, "Label", "Name shown on the canvas", Node::label, (n, v) -> n.withLabel(Parse.text(v)));
        rows.addAll(SizeRows.of(vm, id, this::node));
        NodeSpec spec = node().spec();
        if (spec instanceof OrchestratorSpec) {
            invocation(s -> ((OrchestratorSpec) s).invocation(), (s, i) -> ((OrchestratorSpec) s).withInvocation(i));
            text(BEHAVIOUR, "Max re-plans", "How often a new plan may be made (0 = never)",
                    n -> Integer.toString(orch(n).maxReplans()),
                    (n, v) -> n.withSpec(orch(n).withMaxReplans(Parse.integer("max re-plans", v))));
            failure("On failed", FailurePolicy::onFailed,
                    (f, a) -> new FailurePolicy(a, f.onPartial(), f.onTimeout()));
            failure("On partial", FailurePolicy::onPartial,
                    (f, a) -> new FailurePolicy(f.onFailed(), a, f.onTimeout()));
            failure("On timeout", FailurePolicy::onTimeout,
                    (f, a) -> new FailurePolicy(f.onFailed(), f.onPartial(), a));
        } else if (spec instanceof AgentSpec) {
            text(GENERAL, "Role", "Short role description", n -> agent(n).role(),
                    (n, v) -> n.withSpec(agent(n).withRole(Parse.text(v))));
            invocation(s -> ((AgentSpec) s).invocation(), (s, i) -> ((AgentSpec) s).withInvocation(i));
            typed(BEHAVIOUR, "High stakes", "Output drives consequential actions", Boolean.class,
                    n -> agent(n).highStakes(), (n, v) -> n.withSpec(agent(n).withHighStakes((Boolean) v)));
        } else if (spec instanceof PlannerSpec) {
            invocation(s -> ((PlannerSpec) s).invocation(), (s, i) -> ((PlannerSpec) s).withInvocation(i));
            text(BEHAVIOUR, "Max rounds", "Round cap; empty = none (can refine forever)",
                    n -> Parse.show(((PlannerSpec) n.spec()).maxRounds()),
                    (n, v) -> n.withSpec(((PlannerSpec) n.spec()).withMaxRounds(Parse.optionalInt("max rounds", v))));
        } else if (spec instanceof ValidatorSpec) {
            invocation(s -> ((ValidatorSpec) s).invocation(), (s, i) -> ((ValidatorSpec) s).withInvocation(i));
            text(BEHAVIOUR, "Confidence threshold", "0..1; output below it is rejected",
                    n -> Parse.show(((ValidatorSpec) n.spec()).confidenceThreshold()),
                    (n, v) -> n.withSpec(((ValidatorSpec) n.spec())
                            .withConfidenceThreshold(Parse.optionalDouble("confidence threshold", v))));
            typed(BEHAVIOUR, "On reject", "What happens to rejected output", RejectAction.class,
                    n -> ((ValidatorSpec) n.spec()).onReject(),
                    (n, v) -> n.withSpec(((ValidatorSpec) n.spec()).withOnReject((RejectAction) v)));
        } else if (spec instanceof HumanSpec) {
            text(BEHAVIOUR, "Queue", "Who answers", n -> human(n).queue(),
                    (n, v) -> n.withSpec(new HumanSpec(Parse.text(v), human(n).responseDeadline(),
                            human(n).defaultDecision())));
            text(LIMITS, "Response deadline", "e.g. 30m; empty = unset", n -> Parse.showDuration(
                    human(n).responseDeadline()), (n, v) -> n.withSpec(new HumanSpec(human(n).queue(),
                    Parse.optionalDuration("response deadline", v), human(n).defaultDecision())));
            typed(BEHAVIOUR, "Default decision", "Taken when the deadline passes", HumanDecision.class,
                    n -> human(n).defaultDecision(), (n, v) -> n.withSpec(new HumanSpec(human(n).queue(),
                            human(n).responseDeadline(), (HumanDecision) v)));
        } else if (spec instanceof OwnerSpec) {
            typed(BEHAVIOUR, "Decision", "What the owner does when control comes back", OwnerDecision.class,
                    n -> ((OwnerSpec) n.spec()).decision(), (n, v) -> n.withSpec(new OwnerSpec((OwnerDecision) v)));
        } else if (spec instanceof ToolSpec) {
            ToolRows.add(this);
        } else if (spec instanceof StoreSpec) {
            typed(BEHAVIOUR, "Concurrency", "How concurrent writes are ordered", ConcurrencyControl.class,
                    n -> ((StoreSpec) n.spec()).concurrency(),
                    (n, v) -> n.withSpec(new StoreSpec((ConcurrencyControl) v, ((StoreSpec) n.spec()).partitionKey())));
            text(BEHAVIOUR, "Partition key", "Record field that partitions writers",
                    n -> ((StoreSpec) n.spec()).partitionKey().orElse(""),
                    (n, v) -> n.withSpec(new StoreSpec(((StoreSpec) n.spec()).concurrency(),
                            Parse.text(v).isEmpty() ? Optional.empty() : Optional.of(Parse.text(v)))));
        } else if (spec instanceof StartSpec || spec instanceof EndSpec) {
            return rows;
        } else {
            throw new AssertionError("unhandled " + spec);
        }
        return rows;
    }

    Node node() {
        return vm.design().node(id).orElseThrow(() -> new IllegalStateException("node " + id + " is gone"));
    }

    void text(String category, String name, String description, Function<Node, String> get,
            BiFunction<Node, Object, Node> change) {
        typed(category, name, description, String.class, get::apply, change);
    }

    void typed(String category, String name, String description, Class<?> type, Function<Node, Object> get,
            BiFunction<Node, Object, Node> change) {
        rows.add(new Property(category, name, description, type, () -> get.apply(node()),
                Optional.of(vm.setter(v -> {
                    Node before = node();
                    Node after = change.apply(before, v);
                    return after.equals(before) ? Optional.empty() : Optional.of(new ReplaceNode(after, name));
                }))));
    }

    private void invocation(Function<NodeSpec, Invocation> get, BiFunction<NodeSpec, Invocation, NodeSpec> set) {
        BiFunction<Node, Function<Invocation, Invocation>, Node> with =
                (n, f) -> n.withSpec(set.apply(n.spec(), f.apply(get.apply(n.spec()))));
        text(GENERAL, "Model", "provider:model, e.g. openai:gpt-4o-mini; empty = adapter default",
                n -> get.apply(n.spec()).model().map(Object::toString).orElse(""),
                (n, v) -> with.apply(n, i -> i.withModel(Parse.text(v).isEmpty() ? Optional.empty()
                        : Optional.of(ModelRef.parse(Parse.text(v))))));
        text(GENERAL, "Instructions", "System instructions", n -> get.apply(n.spec()).instructions(),
                (n, v) -> with.apply(n, i -> i.withInstructions(Parse.text(v))));
        text(LIMITS, TOKEN_BUDGET, "Hard per-invocation token budget; empty = unset",
                n -> Parse.show(get.apply(n.spec()).tokenBudget()),
                (n, v) -> with.apply(n, i -> i.withTokenBudget(Parse.optionalLong("token budget", v))));
        text(LIMITS, "Timeout", "Per-invocation deadline, e.g. 30s; empty = unset",
                n -> Parse.showDuration(get.apply(n.spec()).timeout()),
                (n, v) -> with.apply(n, i -> i.withTimeout(Parse.optionalDuration("timeout", v))));
        text(LIMITS, "Max attempts", "Attempts including the first (1 = no retry)",
                n -> Integer.toString(get.apply(n.spec()).retry().maxAttempts()),
                (n, v) -> with.apply(n, i -> i.withRetry(new RetryPolicy(Parse.integer("max attempts", v),
                        i.retry().backoff(), i.retry().multiplier()))));
    }

    private void failure(String name, Function<FailurePolicy, FailureAction> get,
            BiFunction<FailurePolicy, FailureAction, FailurePolicy> set) {
        typed(BEHAVIOUR, name, "What the orchestrator does with such a subtask", FailureAction.class,
                n -> get.apply(orch(n).failurePolicy()),
                (n, v) -> n.withSpec(orch(n).withFailurePolicy(set.apply(orch(n).failurePolicy(), (FailureAction) v))));
    }

    private static OrchestratorSpec orch(Node n) {
        return (OrchestratorSpec) n.spec();
    }

    private static AgentSpec agent(Node n) {
        return (AgentSpec) n.spec();
    }

    private static HumanSpec human(Node n) {
        return (HumanSpec) n.spec();
    }
}
