package io.ensemble.app.wiring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one wiring style of issue 19, checked on the app's compiled main classes: every PostgreSQL adapter is
 * built once, in {@link Persistence}, and no wiring closes a cycle with a reference set later.
 */
class WiringRulesTest {
    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ensemble.app");
    }

    @Test
    void only_persistence_builds_repositories() {
        noClasses().that().resideInAPackage("io.ensemble.app..").and().doNotBelongToAnyOf(Persistence.class)
                .should().callConstructorWhere(DescribedPredicate.describe("a constructor of a PostgreSQL adapter (Jdbi*)",
                        call -> call.getTargetOwner().getPackageName().startsWith("io.ensemble.persistence")
                                && call.getTargetOwner().getSimpleName().startsWith("Jdbi")))
                .because("each repository is built once, in Persistence, and handed to the wirings")
                .check(app);
    }

    @Test
    void wirings_close_no_cycle_with_a_reference_set_later() {
        noClasses().that().resideInAnyPackage("io.ensemble.app", "io.ensemble.app.wiring")
                .should().dependOnClassesThat().areAssignableTo(AtomicReference.class)
                .because("a port built before both sides, or an event, breaks a wiring cycle (issue 19)")
                .check(app);
    }
}
