// SPDX-License-Identifier: Apache-2.0
/**
 * Real agents for the real-time driver: OpenAI-compatible and Anthropic model APIs, local processes and Java
 * service providers, chosen per node from the design's adapter settings or {@code baton run --agent-override}.
 * Every failure becomes a reply with a reason; secrets are resolved at call time and kept out of replies.
 */
package dev.baton.engine.adapter;
