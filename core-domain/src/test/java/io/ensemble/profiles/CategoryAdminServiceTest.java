package io.ensemble.profiles;

import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.audit.AuditService;
import io.ensemble.audit.InMemoryAuditRepository;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.testing.DirectTransactions;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CategoryAdminServiceTest {
    private static final RequestOrigin ORIGIN = RequestOrigin.of("198.51.100.9", "req-cat");
    private final Map<String, Category> stored = new LinkedHashMap<>();
    private final InMemoryAuditRepository records = new InMemoryAuditRepository();
    private final CategoryAdminService service = new CategoryAdminService(c -> stored.putIfAbsent(c.slug(), c) == null,
            new DirectTransactions(), new AuditService(records, new SequentialIdGenerator(),
                    new MutableClock(Instant.parse("2026-11-23T12:00:00Z"))));

    private static Caller as(Role role) {
        return new Caller(UUID.randomUUID(), role, UUID.randomUUID());
    }

    @Test
    void an_admin_adds_a_normalised_category_once() {
        Category added = service.addCategory(as(Role.ADMIN), new NewCategory(" Pets ", " Pets & Animals "), ORIGIN);

        assertThat(added).isEqualTo(new Category("pets", "Pets & Animals"));
        assertThat(stored).containsOnlyKeys("pets");
        assertThatThrownBy(() -> service.addCategory(as(Role.ADMIN), new NewCategory("pets", "Again"), ORIGIN))
                .isInstanceOf(Conflict.class);
        assertThat(records.all()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.CATEGORY_ADDED);
            assertThat(r.target()).contains(new AuditTarget("category", "pets"));
            assertThat(r.requestId()).contains("req-cat");
            assertThat(r.changes()).containsExactly(FieldChange.of("slug", null, "pets"),
                    FieldChange.of("name", null, "Pets & Animals"));
        });
    }

    @Test
    void every_other_role_is_forbidden() {
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                assertThatThrownBy(() -> service.addCategory(as(role), new NewCategory("pets", "Pets"), ORIGIN))
                        .isInstanceOf(Forbidden.class);
            }
        }
        assertThat(stored).isEmpty();
        assertThat(records.all()).isEmpty();
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
