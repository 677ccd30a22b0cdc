package io.ensemble.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule of DESIGN §Modules, checked on the compiled main classes of every module. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        ImportOption mainCodeOnly = location -> !location.contains("/test-classes/")
                && !location.contains("-tests.jar");
        classes = new ClassFileImporter().withImportOption(mainCodeOnly).importPackages("io.ensemble");
    }

    @Test
    void all_modules_were_imported_so_the_rules_below_see_real_classes() {
        for (String pkg : new String[] {"io.ensemble.identity", "io.ensemble.shared", "io.ensemble.persistence",
                "io.ensemble.web", "io.ensemble.integrations", "io.ensemble.app"}) {
            org.assertj.core.api.Assertions.assertThat(classes.containPackage(pkg)).as(pkg).isTrue();
        }
    }

    @Test
    void core_domain_imports_only_the_jdk_and_slf4j() {
        classes().that().resideOutsideOfPackages("io.ensemble.persistence..", "io.ensemble.web..",
                        "io.ensemble.integrations..", "io.ensemble.app..")
                .and().resideInAPackage("io.ensemble..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.ensemble..", "java..", "javax.crypto..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void adapters_do_not_import_the_app() {
        noClasses().that().resideInAnyPackage("io.ensemble.persistence..", "io.ensemble.web..",
                        "io.ensemble.integrations..")
                .should().dependOnClassesThat().resideInAPackage("io.ensemble.app..")
                .check(classes);
    }

    @Test
    void web_adapters_do_not_import_persistence_or_integration_adapters() {
        noClasses().that().resideInAPackage("io.ensemble.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.ensemble.persistence..",
                        "io.ensemble.integrations..", "org.jdbi..")
                .check(classes);
    }

    @Test
    void persistence_and_integration_adapters_do_not_import_each_other() {
        noClasses().that().resideInAPackage("io.ensemble.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.ensemble.integrations..", "io.ensemble.web..")
                .check(classes);
        noClasses().that().resideInAPackage("io.ensemble.integrations..")
                .should().dependOnClassesThat().resideInAnyPackage("io.ensemble.persistence..", "io.ensemble.web..")
                .check(classes);
    }
}
