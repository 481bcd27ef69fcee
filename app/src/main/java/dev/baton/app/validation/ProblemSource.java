// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.validation;

import dev.baton.model.Design;
import java.util.List;

/** Where the designer gets structural findings for a design from. Implementations must be pure and fast. */
@FunctionalInterface
public interface ProblemSource {
    List<Problem> check(Design design);
}
