// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.canvas;

import dev.baton.app.canvas.skin.AgentSkin;
import dev.baton.app.canvas.skin.EndSkin;
import dev.baton.app.canvas.skin.HumanSkin;
import dev.baton.app.canvas.skin.OrchestratorSkin;
import dev.baton.app.canvas.skin.OwnerSkin;
import dev.baton.app.canvas.skin.PlannerSkin;
import dev.baton.app.canvas.skin.StartSkin;
import dev.baton.app.canvas.skin.StoreSkin;
import dev.baton.app.canvas.skin.ToolSkin;
import dev.baton.app.canvas.skin.ValidatorSkin;
import dev.baton.model.Node;
import dev.baton.model.NodeKind;
import dev.baton.model.spec.AgentSpec;
import dev.baton.model.spec.EndSpec;
import dev.baton.model.spec.HumanSpec;
import dev.baton.model.spec.NodeSpec;
import dev.baton.model.spec.OrchestratorSpec;
import dev.baton.model.spec.OwnerSpec;
import dev.baton.model.spec.PlannerSpec;
import dev.baton.model.spec.StartSpec;
import dev.baton.model.spec.StoreSpec;
import dev.baton.model.spec.ToolSpec;
import dev.baton.model.spec.ValidatorSpec;
import java.util.Map;

/** The skin registry: one {@link NodeSkin} per sealed {@link NodeSpec} type. */
public final class NodeSkins {
    private static final Map<Class<? extends NodeSpec>, NodeSkin> BY_SPEC = Map.of(
            OrchestratorSpec.class, new OrchestratorSkin(),
            AgentSpec.class, new AgentSkin(),
            PlannerSpec.class, new PlannerSkin(),
            ValidatorSpec.class, new ValidatorSkin(),
            HumanSpec.class, new HumanSkin(),
            OwnerSpec.class, new OwnerSkin(),
            ToolSpec.class, new ToolSkin(),
            StoreSpec.class, new StoreSkin(),
            StartSpec.class, new StartSkin(),
            EndSpec.class, new EndSkin());

    private NodeSkins() {
    }

    public static NodeSkin of(Node node) {
        return of(node.spec().getClass());
    }

    public static NodeSkin of(Class<? extends NodeSpec> specType) {
        NodeSkin skin = BY_SPEC.get(specType);
        if (skin == null) {
            throw new AssertionError("unhandled " + specType.getName());
        }
        return skin;
    }

    /** The skin of a node kind (palette entries have no node yet). */
    public static NodeSkin of(NodeKind kind) {
        return of(NodeSpec.defaults(kind).getClass());
    }
}
