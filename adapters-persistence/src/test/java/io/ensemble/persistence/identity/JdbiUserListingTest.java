package io.ensemble.persistence.identity;

import static io.ensemble.persistence.identity.Fixtures.NOW;
import static io.ensemble.persistence.identity.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.identity.UserFilter;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The admin list ({@link io.ensemble.identity.UserListing}) and the status compare-and-set of {@link JdbiUserRepository}. */
class JdbiUserListingTest extends DatabaseTestBase {
    private final JdbiUserRepository users = new JdbiUserRepository(handles);

    /** @return {@code u} created {@code seconds} after {@link Fixtures#NOW}, so the list order is known */
    private static User at(User u, int seconds) {
        return new User(u.id(), u.email(), u.name(), u.role(), u.status(), u.emailVerified(), u.passwordHash(),
                NOW.plusSeconds(seconds), NOW.plusSeconds(seconds));
    }

    private List<User> find(String q, String role, String status) {
        return users.find(UserFilter.parse(q, role, status), Optional.empty(), 10);
    }

    @Test
    void text_matches_part_of_the_name_or_email_literally_and_filters_combine() {
        User ada = at(user("ada_100%@example.com", Role.SALON, AccountStatus.ACTIVE), 0);
        User bob = at(user("bob@example.com", Role.CREATOR, AccountStatus.SUSPENDED), 1);
        users.create(ada);
        users.create(bob);

        assertThat(find("_100%", null, null)).containsExactly(ada);
        assertThat(find("_1%", null, null)).as("% and _ match themselves").isEmpty();
        assertThat(find("LOVELACE", null, null)).containsExactly(bob, ada);
        assertThat(find("lovelace", "CREATOR", null)).containsExactly(bob);
        assertThat(find(null, null, "SUSPENDED")).containsExactly(bob);
        assertThat(find("ada", "SALON", "SUSPENDED")).isEmpty();
    }

    @Test
    void pages_walk_newest_first_after_the_cursor() {
        User first = at(user("first@example.com"), 0);
        User second = at(user("second@example.com"), 1);
        User third = at(user("third@example.com"), 2);
        List.of(first, second, third).forEach(users::create);

        List<User> page = users.find(UserFilter.parse(null, null, null), Optional.empty(), 2);
        assertThat(page).containsExactly(third, second);
        assertThat(users.find(UserFilter.parse(null, null, null), Optional.of(new Cursor(second.createdAt(), second.id())), 2))
                .containsExactly(first);
    }

    @Test
    void change_status_moves_only_from_the_expected_status() {
        User ada = user("ada@example.com");
        users.create(ada);

        assertThat(users.changeStatus(ada.id(), AccountStatus.ACTIVE, AccountStatus.SUSPENDED, NOW)).isTrue();
        assertThat(users.changeStatus(ada.id(), AccountStatus.ACTIVE, AccountStatus.SUSPENDED, NOW)).isFalse();
        assertThat(users.findById(ada.id()).orElseThrow().status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(users.changeStatus(Fixtures.newId(), AccountStatus.ACTIVE, AccountStatus.SUSPENDED, NOW)).isFalse();
    }
}
