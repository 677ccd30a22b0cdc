package io.ensemble.persistence.identity;

import static io.ensemble.persistence.identity.Fixtures.NOW;
import static io.ensemble.persistence.identity.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.shared.errors.Conflict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbiUserRepositoryTest extends DatabaseTestBase {
    private final JdbiUserRepository users = new JdbiUserRepository(handles);

    @Test
    void created_user_is_found_by_id_with_every_field() {
        User ada = user("ada@example.com", Role.BRAND, AccountStatus.SUSPENDED);

        users.create(ada);

        assertThat(users.findById(ada.id())).contains(ada);
    }

    @Test
    void unknown_id_and_email_are_empty() {
        assertThat(users.findById(Fixtures.newId())).isEmpty();
        assertThat(users.findByEmail("nobody@example.com")).isEmpty();
    }

    @Test
    void user_is_found_by_email_case_insensitively() {
        User ada = user("ada@example.com");
        users.create(ada);

        assertThat(users.findByEmail("ada@example.com")).contains(ada);
        assertThat(users.findByEmail("ADA@Example.com")).contains(ada);
    }

    @Test
    void duplicate_email_is_a_conflict_and_writes_no_second_row() {
        users.create(user("ada@example.com"));

        assertThatThrownBy(() -> users.create(user("ada@example.com")))
                .isInstanceOfSatisfying(Conflict.class, c -> {
                    assertThat(c.code()).isEqualTo("EMAIL_TAKEN");
                    assertThat(c.getMessage()).isEqualTo("An account with this email already exists.");
                });
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(1);
    }

    @Test
    void email_differing_only_in_case_is_a_conflict() {
        users.create(user("ada@example.com"));

        assertThatThrownBy(() -> users.create(user("Ada@Example.COM")))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void concurrent_signups_with_one_email_create_exactly_one_account() throws Exception {
        List<Boolean> created = Concurrently.run(8, () -> {
            try {
                users.create(user("race@example.com"));
                return true;
            } catch (Conflict e) {
                return false;
            }
        });

        assertThat(created).containsOnlyOnce(true);
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(1);
    }

    @Test
    void duplicate_id_is_not_reported_as_email_taken() {
        User ada = user("ada@example.com");
        users.create(ada);
        User sameId = new User(ada.id(), "other@example.com", "Other", Role.CREATOR, AccountStatus.ACTIVE,
                false, "hash", NOW, NOW);

        assertThatThrownBy(() -> users.create(sameId)).isNotInstanceOf(Conflict.class);
    }

    @Test
    void mark_email_verified_sets_the_flag_and_updated_at() {
        User ada = user("ada@example.com");
        users.create(ada);
        Instant later = NOW.plus(Duration.ofMinutes(3));

        users.markEmailVerified(ada.id(), later);

        User stored = users.findById(ada.id()).orElseThrow();
        assertThat(stored.emailVerified()).isTrue();
        assertThat(stored.updatedAt()).isEqualTo(later);
        assertThat(stored.createdAt()).isEqualTo(NOW);
    }

    @Test
    void mark_email_verified_of_unknown_id_is_a_no_op() {
        users.markEmailVerified(Fixtures.newId(), NOW);

        assertThat(count("SELECT count(*) FROM users")).isZero();
    }

    @Test
    void update_password_replaces_the_hash_and_updated_at_only_of_that_user() {
        User ada = user("ada@example.com");
        User bob = user("bob@example.com");
        users.create(ada);
        users.create(bob);
        Instant later = NOW.plus(Duration.ofHours(1));

        users.updatePassword(ada.id(), "$argon2id$new", later);

        assertThat(users.findById(ada.id()).orElseThrow())
                .extracting(User::passwordHash, User::updatedAt)
                .containsExactly("$argon2id$new", later);
        assertThat(users.findById(bob.id())).contains(bob);
    }

    @Test
    void role_outside_the_enum_is_rejected_by_the_schema() {
        assertThatThrownBy(() -> handles.use(h -> h.execute(
                "INSERT INTO users (id, email, role, status, email_verified, created_at, updated_at) "
                        + "VALUES (gen_random_uuid(), 'x@example.com', 'ROOT', 'ACTIVE', false, now(), now())")))
                .hasMessageContaining("users_role_check");
    }
}
