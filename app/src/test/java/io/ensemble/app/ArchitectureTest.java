package io.ensemble.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DESIGN §Modules and §Bounded contexts ({@link ArchitectureRules}), checked on
 * the compiled main classes of every module. {@code ArchitectureRulesCanFailTest} shows each rule failing.
 */
class ArchitectureTest {
    /**
     * Reads of another context's repository tolerated as known shortcuts; none is left (other contexts use
     * the owning context's read ports, e.g. {@code identity.FindUsers}, {@code profiles.FindProfiles},
     * {@code profiles.FindCategories}), so the rule fails on any such read.
     */
    static final Set<String> KNOWN_REPOSITORY_SHORTCUTS = Set.of();

    private static final ArchitectureRules RULES = new ArchitectureRules("io.ensemble");
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
    void every_package_is_a_listed_core_context_an_adapter_or_the_app() {
        RULES.everyPackageBelongsToAModule().check(classes);
    }

    @Test
    void core_domain_imports_only_its_own_packages_the_jdk_and_slf4j() {
        RULES.coreImportsOnlyCoreJdkAndSlf4j().check(classes);
    }

    @Test
    void core_contexts_have_no_cycles() {
        RULES.coreContextsAreFreeOfCycles().check(classes.that(resideInAnyPackage(RULES.corePackages())));
    }

    @Test
    void a_context_never_uses_another_contexts_repositories() {
        RULES.contextsDoNotUseOtherContextsRepositories(KNOWN_REPOSITORY_SHORTCUTS).check(classes);
    }

    @Test
    void adapters_never_depend_on_each_other_or_the_app() {
        for (ArchRule rule : RULES.adaptersDoNotDependOnEachOther()) {
            rule.check(classes);
        }
    }

    @Test
    void web_adapters_do_not_use_jdbi() {
        noClasses().that().resideInAPackage("io.ensemble.web..")
                .should().dependOnClassesThat().resideInAPackage("org.jdbi..")
                .check(classes);
    }
}
