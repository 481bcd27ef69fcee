// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;

/** One check a validator runs; {@code detail} names the rule or the source for {@code rule} and claim checks. */
public record ValidatorCheck(CheckKind kind, String detail) {
    public ValidatorCheck {
        Require.nonNull("check kind", kind);
        Require.nonNull("check detail", detail);
    }

    public static ValidatorCheck of(CheckKind kind) {
        return new ValidatorCheck(kind, "");
    }
}
