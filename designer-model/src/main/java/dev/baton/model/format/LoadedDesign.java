// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.Design;
import dev.baton.model.Require;
import java.util.List;

/**
 * The result of a successful load.
 *
 * @param design the design, migrated to the current format version
 * @param warnings what the user should know, in file order
 * @param sourceFormatVersion the {@code formatVersion} the file declared
 */
public record LoadedDesign(Design design, List<LoadWarning> warnings, int sourceFormatVersion) {
    public LoadedDesign {
        Require.nonNull("design", design);
        warnings = List.copyOf(Require.nonNull("warnings", warnings));
    }
}
