package io.ensemble.profiles;

import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.testing.DirectTransactions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CollaborationPreferencesServiceTest {
    private final Map<UUID, CollaborationPreferences> rows = new HashMap<>();
    private final CollaborationPreferencesService service = new CollaborationPreferencesService(
            new CollaborationPreferencesRepository() {
                @Override
                public Optional<CollaborationPreferences> find(UUID userId) {
                    return Optional.ofNullable(rows.get(userId));
                }

                @Override
                public void save(UUID userId, CollaborationPreferences p) {
                    rows.put(userId, p);
                }
            }, new DirectTransactions());
    private final Caller ada = new Caller(UUID.randomUUID(), Role.CREATOR, UUID.randomUUID());

    @Test
    void never_set_reads_as_the_seed_004_defaults() {
        assertThat(service.preferences(ada)).isEqualTo(CollaborationPreferences.DEFAULT);
        assertThat(CollaborationPreferences.DEFAULT.audienceMax()).isEqualTo(1_000_000);
        assertThat(CollaborationPreferences.DEFAULT.budgetMax()).isEqualTo(10_000);
    }

    @Test
    void a_partial_update_keeps_the_other_fields_and_the_rizz_score() {
        rows.put(ada.userId(), new CollaborationPreferences(5, 50, 1, 2, List.of("a"), List.of("b"), "India", 79));

        CollaborationPreferences p = service.updatePreferences(ada,
                new UpdateCollaborationPreferences(null, 500L, null, null, null, List.of(" Delhi "), null));

        assertThat(p).isEqualTo(new CollaborationPreferences(5, 500, 1, 2, List.of("a"), List.of("Delhi"), "India", 79));
        assertThat(rows.get(ada.userId())).isEqualTo(p);
    }

    @Test
    void fields_are_validated_and_ranges_must_not_be_inverted() {
        assertThat(invalidFields(() -> new UpdateCollaborationPreferences(-1L, null, null, -2L, List.of(""), null,
                "x".repeat(61)))).containsExactlyInAnyOrder("audienceSize.min", "budget.max", "collaborationTypes",
                "country");
        assertThat(invalidFields(() -> new UpdateCollaborationPreferences(null, null, null, null, null, null, null)))
                .containsExactly("preferences");
        assertThat(invalidFields(() -> new UpdateCollaborationPreferences(null, null, null, null, null,
                java.util.Collections.nCopies(21, "x"), null))).containsExactly("locations");
        assertThat(invalidFields(() -> service.updatePreferences(ada,
                new UpdateCollaborationPreferences(2_000_000L, null, null, null, null, null, null))))
                .containsExactly("audienceSize.max");
        assertThat(rows).isEmpty();
    }
}
