package io.ensemble.persistence.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.profiles.Availability;
import io.ensemble.profiles.MoneyRange;
import io.ensemble.profiles.Profile;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.ids.UuidV7Generator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Profiles and categories against real PostgreSQL (issue 5 §1). */
class JdbiProfileRepositoryTest extends DatabaseTestBase {
    static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());

    private final JdbiProfileRepository profiles = new JdbiProfileRepository(handles);
    private final JdbiCategoryRepository categories = new JdbiCategoryRepository(handles);

    static UUID user(Role role) {
        UUID id = IDS.newId();
        new JdbiUserRepository(handles).create(new User(id, id + "@example.com", "Ada", role, AccountStatus.ACTIVE,
                true, "hash", NOW, NOW));
        return id;
    }

    private static Profile creator(UUID id, String username) {
        Profile blank = Profile.blank(id, Role.CREATOR, "Ada", NOW);
        return new Profile(id, Role.CREATOR, "Ada", username, "bio", "https://cdn.example.com/a.png", "+14155550123",
                "Lagos", "Ikeja", List.of("music", "gaming"), List.of("English", "Yoruba"), "https://ada.example.com",
                "", "", "", "", Optional.of(new MoneyRange(5000, 20000, "USD")), Optional.of(Availability.BUSY),
                Optional.empty(), false, false, 4.5, 3, true, blank.createdAt(), blank.updatedAt());
    }

    @Test
    void saves_and_reads_back_every_field_including_arrays_and_rates() {
        UUID id = user(Role.CREATOR);
        Profile p = creator(id, "ada_l");
        profiles.save(p);
        assertThat(profiles.find(id)).contains(p);
    }

    @Test
    void saving_again_replaces_the_row_without_duplicating_it() {
        UUID id = user(Role.CREATOR);
        profiles.save(creator(id, "ada_l"));
        Profile blank = Profile.blank(id, Role.CREATOR, "Ada B", NOW);
        profiles.save(blank);
        assertThat(profiles.find(id)).contains(blank);
        assertThat(count("SELECT count(*) FROM profiles")).isEqualTo(1);
    }

    @Test
    void unknown_user_has_no_profile() {
        assertThat(profiles.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void usernames_clash_case_insensitively_with_a_conflict() {
        profiles.save(creator(user(Role.CREATOR), "Ada_L"));
        UUID other = user(Role.CREATOR);
        assertThatThrownBy(() -> profiles.save(creator(other, "ada_l")))
                .isInstanceOf(Conflict.class)
                .extracting(e -> ((Conflict) e).code()).isEqualTo("USERNAME_TAKEN");
        assertThat(profiles.find(other)).isEmpty();
    }

    @Test
    void profiles_without_username_do_not_clash() {
        profiles.save(Profile.blank(user(Role.HOST), Role.HOST, "A", NOW));
        profiles.save(Profile.blank(user(Role.HOST), Role.HOST, "B", NOW));
        assertThat(count("SELECT count(*) FROM profiles")).isEqualTo(2);
    }

    @Test
    void category_list_is_seeded_with_the_issue_slugs() {
        assertThat(categories.all()).extracting(c -> c.slug()).contains("hair", "nails", "makeup", "skincare", "spa",
                "barber", "lashes", "brows", "fashion", "fitness", "lifestyle", "music", "gaming", "comedy",
                "education", "travel", "food", "beauty").isSorted();
        assertThat(categories.existing(List.of("hair", "nope", "food"))).containsExactlyInAnyOrder("hair", "food");
        assertThat(categories.existing(List.of())).isEmpty();
    }

    @Test
    void trigram_indexes_exist_for_discovery() {
        assertThat(count("SELECT count(*) FROM pg_indexes WHERE tablename = 'profiles' AND indexdef LIKE '%gin_trgm_ops%'"))
                .isEqualTo(2);
    }
}
