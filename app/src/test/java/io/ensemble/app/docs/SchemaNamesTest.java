package io.ensemble.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document names a top-level record by its simple name (nested ones carry their enclosing class's
 * name, NestedTypeNames), so two top-level records of the web adapter with one simple name would share one
 * schema and one route would be documented, and contract-checked, with the other's fields (as the events and
 * support {@code TicketView}s once were).
 */
class SchemaNamesTest {
    @Test
    void no_two_top_level_web_records_share_a_simple_name() {
        Map<String, List<String>> byName = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ensemble.web").stream()
                .filter(c -> c.isRecord() && c.isTopLevelClass())
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getValue).toList())
                .as("top-level web records sharing a schema name").isEmpty();
    }
}
