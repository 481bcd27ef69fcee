// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** MVVM: view models, edits, layout and units carry the logic and never touch the scene graph. */
class ViewModelIsolationTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.baton.app");

    @Test
    void viewModelsDoNotImportTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAnyPackage("dev.baton.app.edit..", "dev.baton.app.properties..",
                        "dev.baton.app.layout..", "dev.baton.app.units..", "dev.baton.app.validation..",
                        "dev.baton.app.document..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view models are tested without a window (style.md rule 13)")
                .check(classes);
    }
}
