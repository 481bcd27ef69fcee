// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.validation;

import dev.baton.model.Design;
import dev.baton.model.validation.DesignValidator;
import dev.baton.model.validation.Finding;
import dev.baton.model.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/** Problems from the model's structural validator, the same rules the CLI and the file loader's callers apply. */
public final class ModelValidation implements ProblemSource {
    private final DesignValidator validator = new DesignValidator();

    @Override
    public List<Problem> check(Design design) {
        List<Problem> problems = new ArrayList<>();
        for (Finding f : validator.validate(design)) {
            problems.add(new Problem(severity(f.severity()), f.code(), f.nodes(), f.edges(), f.message()));
        }
        return problems;
    }

    private static Problem.Severity severity(Severity s) {
        switch (s) {
            case ERROR: return Problem.Severity.ERROR;
            case WARNING: return Problem.Severity.WARNING;
            default: throw new AssertionError("unhandled " + s);
        }
    }
}
