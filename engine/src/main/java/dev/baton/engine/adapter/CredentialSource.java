// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import java.util.Optional;

/**
 * Resolves a credential reference (an environment variable name) to its secret, only when a call is made. The
 * secret goes into one request header and nowhere else: not into a reply, a trace, a log line or an exception.
 */
@FunctionalInterface
public interface CredentialSource {
    /** The process environment. */
    CredentialSource ENVIRONMENT = name -> Optional.ofNullable(System.getenv(name));

    Optional<String> secret(String environmentVariable);
}
