// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.baton.model.UsesRealTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of docs/architecture.md, checked on the compiled production classes of every module:
 * dependencies point one way (app -> simulator -> engine -> designer-model), JavaFX stays in app and themes, the
 * model depends on nothing but Jackson, and the model, engine and simulator never read the system clock or
 * unseeded randomness (the only escape is {@link UsesRealTime} with a reason).
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.baton");
    }

    @Test
    void importsEveryModule() {
        // Guards the other rules against passing vacuously because a module's classes were not found.
        for (String pkg : new String[] {"dev.baton.model", "dev.baton.engine", "dev.baton.app"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream()
                    .anyMatch(c -> c.getPackageName().startsWith(pkg))).as(pkg).isTrue();
        }
    }

    @Test
    void modelDependsOnNothingButJackson() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.baton.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.baton.model..", "java..",
                        "com.fasterxml.jackson..")
                .because("designer-model depends on nothing but Jackson");
        rule.check(classes);
    }

    @Test
    void engineDoesNotDependUpwards() {
        noClasses().that().resideInAPackage("dev.baton.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.baton.simulator..", "dev.baton.app..",
                        "dev.baton.themes..")
                .because("dependencies point app -> simulator -> engine -> designer-model")
                .check(classes);
    }

    @Test
    void simulatorDoesNotDependUpwards() {
        noClasses().that().resideInAPackage("dev.baton.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.baton.app..", "dev.baton.themes..")
                .because("dependencies point app -> simulator -> engine -> designer-model")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void themesDoNotDependOnTheApp() {
        noClasses().that().resideInAPackage("dev.baton.themes..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.baton.app..", "dev.baton.simulator..",
                        "dev.baton.engine..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noJavaFxBelowTheApp() {
        noClasses().that().resideInAnyPackage("dev.baton.model..", "dev.baton.engine..", "dev.baton.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .because("only app and themes touch JavaFX")
                .check(classes);
    }

    static ArchRule hiddenTimeRule() {
        DescribedPredicate<JavaAccess<?>> hiddenTimeOrRandomness = new DescribedPredicate<>(
                "read the system clock, sleep or use unseeded randomness") {
            @Override
            public boolean test(JavaAccess<?> access) {
                String owner = access.getTargetOwner().getName();
                String name = access.getName();
                if (owner.equals(System.class.getName())) {
                    return name.equals("currentTimeMillis") || name.equals("nanoTime");
                }
                if (owner.equals(Thread.class.getName())) {
                    return name.equals("sleep");
                }
                if (owner.equals(Math.class.getName()) || owner.equals(StrictMath.class.getName())) {
                    return name.equals("random");
                }
                if (owner.equals(Random.class.getName()) || owner.equals(SecureRandom.class.getName())) {
                    return name.equals("<init>") && access.getTarget().getFullName().endsWith("()");
                }
                if (owner.equals("java.util.SplittableRandom")) {
                    return name.equals("<init>") && access.getTarget().getFullName().endsWith("()");
                }
                if (owner.equals("java.util.random.RandomGenerator")) {
                    return name.equals("getDefault") || name.equals("of");
                }
                if (owner.equals("java.util.random.RandomGeneratorFactory")) {
                    return name.equals("create") && access.getTarget().getFullName().endsWith("()");
                }
                if (owner.equals("java.util.concurrent.ThreadLocalRandom")) {
                    return name.equals("current");
                }
                if (owner.equals(Clock.class.getName())) {
                    return name.startsWith("system");
                }
                if (owner.equals(Instant.class.getName()) || owner.equals(LocalDateTime.class.getName())
                        || owner.equals(LocalDate.class.getName()) || owner.equals(ZonedDateTime.class.getName())
                        || owner.equals(OffsetDateTime.class.getName())) {
                    return name.equals("now");
                }
                if (owner.equals("java.util.UUID")) {
                    return name.equals("randomUUID");
                }
                return false;
            }
        };
        return noClasses().that().resideInAnyPackage("dev.baton.model..", "dev.baton.engine..", "dev.baton.simulator..")
                .and().areNotAnnotatedWith(UsesRealTime.class)
                .and(new DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>(
                        "are not nested in a class annotated with @UsesRealTime") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaClass c) {
                        return c.getEnclosingClass().map(e -> !e.isAnnotatedWith(UsesRealTime.class)).orElse(true);
                    }
                })
                .should().accessTargetWhere(hiddenTimeOrRandomness)
                .because("the model, engine and simulator take an injected clock and seeded random streams "
                        + "(mark a real-time boundary with @UsesRealTime and a reason)");
    }

    @Test
    void coreReadsNoHiddenTimeOrRandomness() {
        hiddenTimeRule().check(classes);
    }

    @Test
    void hiddenTimeRuleCatchesAViolation() {
        JavaClasses fixture = new ClassFileImporter().importClasses(
                dev.baton.engine.archfixture.SleepsInTheCore.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> hiddenTimeRule().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("currentTimeMillis")
                .hasMessageContaining("sleep")
                .hasMessageContaining("random")
                .hasMessageContaining("getDefault")
                .hasMessageContaining("SplittableRandom");
    }
}
