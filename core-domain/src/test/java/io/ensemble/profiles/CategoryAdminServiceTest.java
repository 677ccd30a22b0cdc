package io.ensemble.profiles;

import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CategoryAdminServiceTest {
    private final Map<String, Category> stored = new LinkedHashMap<>();
    private final CategoryAdminService service = new CategoryAdminService(c -> stored.putIfAbsent(c.slug(), c) == null);

    private static Caller as(Role role) {
        return new Caller(UUID.randomUUID(), role, UUID.randomUUID());
    }

    @Test
    void an_admin_adds_a_normalised_category_once() {
        Category added = service.addCategory(as(Role.ADMIN), new NewCategory(" Pets ", " Pets & Animals "));

        assertThat(added).isEqualTo(new Category("pets", "Pets & Animals"));
        assertThat(stored).containsOnlyKeys("pets");
        assertThatThrownBy(() -> service.addCategory(as(Role.ADMIN), new NewCategory("pets", "Again")))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void every_other_role_is_forbidden() {
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                assertThatThrownBy(() -> service.addCategory(as(role), new NewCategory("pets", "Pets")))
                        .isInstanceOf(Forbidden.class);
            }
        }
        assertThat(stored).isEmpty();
    }

    @Test
    void slug_and_name_are_validated() {
        assertThat(invalidFields(() -> new NewCategory("-pets", ""))).containsExactlyInAnyOrder("slug", "name");
        assertThat(invalidFields(() -> new NewCategory("a b", "x".repeat(61)))).containsExactlyInAnyOrder("slug", "name");
        assertThat(invalidFields(() -> new NewCategory(null, "Pets"))).containsExactly("slug");
        assertThat(new NewCategory("a".repeat(40), "x".repeat(60)).slug()).hasSize(40);
        assertThat(invalidFields(() -> new NewCategory("a".repeat(41), "Pets"))).containsExactly("slug");
    }
}
