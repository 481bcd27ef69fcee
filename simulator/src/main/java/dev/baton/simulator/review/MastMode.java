// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

/**
 * The 14 failure modes of the MAST taxonomy (Cemri et al., 2025), in three root categories: specification
 * issues (FM-1.x), inter-agent misalignment (FM-2.x) and task verification (FM-3.x).
 */
public enum MastMode {
    FM_1_1("FM-1.1", "disobey task specification"),
    FM_1_2("FM-1.2", "disobey role specification"),
    FM_1_3("FM-1.3", "step repetition"),
    FM_1_4("FM-1.4", "loss of conversation history"),
    FM_1_5("FM-1.5", "unaware of termination conditions"),
    FM_2_1("FM-2.1", "conversation reset"),
    FM_2_2("FM-2.2", "fail to ask for clarification"),
    FM_2_3("FM-2.3", "task derailment"),
    FM_2_4("FM-2.4", "information withholding"),
    FM_2_5("FM-2.5", "ignored other agent's input"),
    FM_2_6("FM-2.6", "reasoning-action mismatch"),
    FM_3_1("FM-3.1", "premature termination"),
    FM_3_2("FM-3.2", "no or incomplete verification"),
    FM_3_3("FM-3.3", "incorrect verification");

    private final String code;
    private final String title;

    MastMode(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The code as the paper writes it, {@code FM-1.3}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** {@code FM-1.3 step repetition}. */
    public String label() {
        return code + " " + title;
    }
}
