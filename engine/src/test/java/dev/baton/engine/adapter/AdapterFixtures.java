// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import dev.baton.engine.core.AgentCall;
import dev.baton.engine.core.CallPurpose;
import dev.baton.engine.core.RunId;
import dev.baton.engine.fixtures.DesignDsl;
import dev.baton.model.Design;
import dev.baton.model.EdgeKind;
import dev.baton.model.NodeId;
import dev.baton.model.NodeKind;
import dev.baton.model.message.Constraint;
import dev.baton.model.message.TrustLabel;
import dev.baton.model.spec.AdapterSettings;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.ContractField;
import dev.baton.model.spec.CredentialRef;
import dev.baton.model.spec.DataContract;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.FieldType;
import dev.baton.model.spec.Invocation;
import dev.baton.model.spec.ModelRef;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Designs and calls for adapter tests. */
public final class AdapterFixtures {
    /** A key that must never show up anywhere but in the request header. */
    public static final String SECRET = "sk-test-4fJ9xQ2mN7pL0vR8sT3uW6yZ1";
    public static final String KEY_VARIABLE = "BATON_TEST_API_KEY";

    private AdapterFixtures() {}

    /** start -> researcher (contract: summary string required; calls search; hands off to writer) -> writer -> end. */
    public static Design researchDesign(AdapterSettings adapter, Duration timeout) {
        Invocation inv = Invocation.DEFAULTS.withModel(Optional.of(ModelRef.parse("ollama:llama3.1:8b")))
                .withCredentials(Optional.of(new CredentialRef(KEY_VARIABLE)))
                .withInstructions("Research the topic.").withTokenBudget(OptionalLong.of(4000))
                .withTimeout(Optional.of(timeout)).withAdapter(Optional.of(adapter));
        AgentSpec researcher = new AgentSpec("finds sources", inv,
                Optional.of(DataContract.of(new ContractField("summary", FieldType.STRING, true))), false);
        return new DesignDsl("research").node("start", new StartSpec(Optional.empty()))
                .node("researcher", researcher).node("writer", AgentSpec.defaults())
                .node("search", ToolSpec.defaults()).node("end", new EndSpec(Optional.empty()))
                .edge(EdgeKind.DELEGATE, "start", "researcher").edge(EdgeKind.HANDOFF, "researcher", "writer")
                .edge(EdgeKind.CALL, "researcher", "search").edge(EdgeKind.OUTPUT, "writer", "end").build();
    }

    public static NodeBinding researcher(Design design) {
        return NodeBinding.of(design, design.node(NodeId.of("researcher")).orElseThrow());
    }

    /** A work call to the researcher with 4,000 tokens reserved. */
    public static AgentCall workCall(Object input) {
        return new AgentCall(RunId.of(1), 3, NodeId.of("researcher"), NodeKind.AGENT, CallPurpose.WORK, 0, input,
                List.of(new Constraint("no-prod", "never modify files in /prod", true)),
                List.of(new Constraint("tone", "be polite", false)), TrustLabel.HUMAN, 1, 1, 4000, List.of(), 2);
    }

    public static CredentialSource key() {
        return name -> KEY_VARIABLE.equals(name) ? Optional.of(SECRET) : Optional.empty();
    }
}
