// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code *.baton.json} file format (docs/file-format.md): {@link dev.baton.model.format.DesignFiles} loads
 * (strict, bounded, read-only, with located errors and warnings), writes canonical text and saves atomically;
 * {@link dev.baton.model.format.ContentHash} identifies a revision. Everything else in this package is the
 * codec's implementation and is package-private.
 */
package dev.baton.model.format;
