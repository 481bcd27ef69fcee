// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import java.util.Locale;

/** Which kind of adapter the engine uses to call a model-backed node at run time. */
public enum AdapterKind {
    /** The design's scripts answer (no model, no network). */
    SCRIPTED,
    /** An OpenAI-compatible chat-completions server: OpenAI, Ollama, vLLM, llama.cpp, LM Studio. */
    OPENAI,
    /** The Anthropic Messages API. */
    ANTHROPIC,
    /** A local command that reads one JSON message on stdin and writes one envelope on stdout. */
    PROCESS,
    /** Java code found through the {@code ServiceLoader} by provider name. */
    JAVA;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AdapterKind fromJson(String name) {
        for (AdapterKind k : values()) {
            if (k.jsonName().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown adapter kind \"" + name
                + "\" (expected scripted, openai, anthropic, process or java)");
    }
}
