package io.ensemble.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} fails on the deliberately bad classes under
 * {@code io.ensemble.app.archfixture} (a core context using another's repository, a slice cycle, a core
 * class importing an adapter and Jackson, an adapter importing another adapter, an unlisted package),
 * so a green {@link ArchitectureTest} means the rules held, not that they could not fail.
 */
class ArchitectureRulesCanFailTest {
    private static final String ROOT = "io.ensemble.app.archfixture";
    private static final ArchitectureRules RULES = new ArchitectureRules(ROOT);
    private static final JavaClasses BAD = new ClassFileImporter().importPackages(ROOT);

    @Test
    void a_core_class_importing_an_adapter_or_a_framework_fails() {
        assertThatThrownBy(() -> RULES.coreImportsOnlyCoreJdkAndSlf4j().check(BAD))
                .hasMessageContaining("MessagingService")
                .hasMessageContaining(ROOT + ".persistence.messaging.JdbiMessageRepository")
                .hasMessageContaining("com.fasterxml.jackson.databind.ObjectMapper");
    }

    @Test
    void a_package_no_module_claims_fails() {
        assertThatThrownBy(() -> RULES.everyPackageBelongsToAModule().check(BAD))
                .hasMessageContaining(ROOT + ".stray.Orphan")
                .hasMessageNotContaining(ROOT + ".shared.Clockwork");
    }

    @Test
    void a_cycle_between_two_contexts_fails() {
        assertThatThrownBy(() -> RULES.coreContextsAreFreeOfCycles()
                .check(BAD.that(resideInAnyPackage(RULES.corePackages()))))
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("identity")
                .hasMessageContaining("messaging");
    }

    @Test
    void using_another_contexts_repository_fails_unless_listed() {
        ArchRule strict = RULES.contextsDoNotUseOtherContextsRepositories(Set.of());
        assertThatThrownBy(() -> strict.check(BAD))
                .hasMessageContaining(ROOT + ".identity.UserRepository")
                .hasMessageContaining("MessagingService");
        assertThatCode(() -> RULES.contextsDoNotUseOtherContextsRepositories(
                Set.of("messaging -> identity.UserRepository")).check(BAD)).doesNotThrowAnyException();
    }

    @Test
    void an_adapter_importing_another_adapter_fails() {
        ArchRule persistence = RULES.adaptersDoNotDependOnEachOther().get(0);
        assertThatThrownBy(() -> persistence.check(BAD))
                .hasMessageContaining(ROOT + ".web.messaging.MessageResource");
    }
}
