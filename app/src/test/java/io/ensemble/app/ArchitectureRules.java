package io.ensemble.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The architecture rules of DESIGN §Modules and §Bounded contexts, for the classes under one root
 * package: {@code io.ensemble} in the build, a fixture root in {@code ArchitectureRulesCanFailTest},
 * which proves that every rule fails on a class set that breaks it.
 *
 * <p>Core packages are listed by name ({@link #CORE_CONTEXTS} plus the shared kernel
 * {@value #SHARED}, sub-packages included), so a core class importing an adapter package fails, and
 * {@link #everyPackageBelongsToAModule()} fails when a new top-level package is not listed here.
 */
final class ArchitectureRules {
    /** The bounded contexts of the core; a new context is added here (and gets a package in every module). */
    static final List<String> CORE_CONTEXTS = List.of("admin", "analytics", "audit", "banking", "connections", "discovery",
            "events", "identity", "marketplace", "media", "messaging", "notifications", "operations", "payments", "profiles", "social",
            "privacy", "feed", "hooks", "apikeys", "moderation", "agency");
    /** The shared kernel every context may use (errors, paging, outbox, jobs, ids, keys, ... sub-packages). */
    static final String SHARED = "shared";
    /** The adapter modules' root packages. */
    static final List<String> ADAPTERS = List.of("persistence", "web", "integrations");
    /** The composition root: the only module that knows every concrete class. */
    static final String APP = "app";

    /**
     * A repository is a type whose simple name ends with {@code Repository} (CONVENTIONS §Code: the
     * persistence port {@code XxxRepository}) or that implements one (its adapter {@code JdbiXxxRepository}).
     */
    static final String REPOSITORY_SUFFIX = "Repository";

    private final String root;

    /** @param root the package the module packages hang under, e.g. {@code io.ensemble} */
    ArchitectureRules(String root) {
        this.root = root;
    }

    /** @return {@code root.<context>..} for every core context and the shared kernel */
    String[] corePackages() {
        return Stream.concat(CORE_CONTEXTS.stream(), Stream.of(SHARED)).map(p -> root + "." + p + "..")
                .toArray(String[]::new);
    }

    /** Core classes depend only on core packages, the JDK and SLF4J (no framework, no adapter package). */
    ArchRule coreImportsOnlyCoreJdkAndSlf4j() {
        String[] allowed = Stream.concat(Stream.of(corePackages()), Stream.of("java..", "javax.crypto..", "org.slf4j.."))
                .toArray(String[]::new);
        return classes().that().resideInAnyPackage(corePackages())
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .as("core classes import only core packages (" + String.join(", ", CORE_CONTEXTS) + ", "
                        + SHARED + "), the JDK and SLF4J");
    }

    /** Every class under the root sits in a listed core package, an adapter module or the app. */
    ArchRule everyPackageBelongsToAModule() {
        String[] known = Stream.of(Stream.of(corePackages()),
                        Stream.concat(ADAPTERS.stream(), Stream.of(APP)).map(p -> root + "." + p + ".."))
                .flatMap(s -> s).toArray(String[]::new);
        return classes().that().resideInAPackage(root + "..").should().resideInAnyPackage(known)
                .as("every package under " + root + " is a listed core context (ArchitectureRules.CORE_CONTEXTS), "
                        + "the shared kernel, an adapter module or the app");
    }

    /** The core contexts (and the shared kernel) depend on each other without cycles. */
    ArchRule coreContextsAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("no cycles between the core's context slices " + root + ".(*)..");
    }

    /**
     * A class of one context (in the core or a per-context adapter package) never depends on another
     * context's repository: it goes through that context's use cases or its other ports. The shared
     * kernel, vendor packages and the app (composition root) are not context-bound.
     *
     * @param allowed known exceptions as {@code "<from context> -> <context>.<RepositoryType>"}
     */
    ArchRule contextsDoNotUseOtherContextsRepositories(Set<String> allowed) {
        return classes().should(new ArchCondition<>("not depend on another context's repository") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = contextOf(origin);
                if (from.isEmpty()) {
                    return;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    Optional<String> to = contextOf(target);
                    if (to.isPresent() && !to.equals(from) && isRepository(target)
                            && !allowed.contains(from.get() + " -> " + relativeName(target))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).as("a context reaches another only through its use cases or ports, never its repositories");
    }

    /** Each adapter module depends on the core only: never on another adapter nor on the app. */
    List<ArchRule> adaptersDoNotDependOnEachOther() {
        List<ArchRule> rules = new ArrayList<>();
        for (String adapter : ADAPTERS) {
            String[] others = Stream.concat(ADAPTERS.stream().filter(a -> !a.equals(adapter)), Stream.of(APP))
                    .map(p -> root + "." + p + "..").toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(root + "." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .as(adapter + " adapters do not depend on other adapters or the app"));
        }
        return rules;
    }

    private static boolean isRepository(JavaClass type) {
        return type.isAssignableTo(simpleNameEndingWith(REPOSITORY_SUFFIX));
    }

    private String relativeName(JavaClass type) {
        return type.getName().substring(root.length() + 1);
    }

    /** @return the context a class belongs to: its core package, or the context package in an adapter */
    private Optional<String> contextOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return Optional.empty();
        }
        String[] parts = pkg.substring(root.length() + 1).split("\\.");
        int at = ADAPTERS.contains(parts[0]) ? 1 : 0;
        return at < parts.length && CORE_CONTEXTS.contains(parts[at]) ? Optional.of(parts[at]) : Optional.empty();
    }
}
