// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.spec;

import dev.baton.model.Require;
import java.util.regex.Pattern;

/**
 * A reference to a secret: the name of the environment variable that holds it. A design file never holds a
 * secret's value; the syntax of an environment variable name (upper case, digits, underscore) also rejects
 * anything that looks like a pasted API key.
 */
public record CredentialRef(String environmentVariable) {
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]{0,127}");

    public CredentialRef {
        Require.nonNull("credential environment variable", environmentVariable);
        if (!ENV_NAME.matcher(environmentVariable).matches()) {
            // Do not echo the value: if it is a pasted key, it must not reach a log or a dialog.
            throw new IllegalArgumentException("credentials must name an environment variable (A-Z, 0-9, _), "
                    + "not hold a secret; the value given (" + environmentVariable.length()
                    + " characters) is not a variable name");
        }
    }
}
