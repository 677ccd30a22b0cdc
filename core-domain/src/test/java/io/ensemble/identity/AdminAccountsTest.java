package io.ensemble.identity;

import static io.ensemble.testing.DomainAssertions.failsWith;
import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.fakes.IdentityFixture;
import io.ensemble.identity.fakes.PlainPasswordHasher;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Unauthenticated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** create-admin: AdminAccounts.ensureAdmin is idempotent and never takes over another account. */
class AdminAccountsTest {
    static final String EMAIL = "root@example.com";
    static final String PASSWORD = "Adm1n-Secret";

    final IdentityFixture f = IdentityFixture.create();

    @Test
    void creates_a_verified_active_admin() {
        AdminAccounts.AdminResult result = f.admins.ensureAdmin("Root@Example.com", PASSWORD, " Ops Team ");

        assertThat(result.created()).isTrue();
        User admin = f.users.findById(result.userId()).orElseThrow();
        assertThat(admin.email()).isEqualTo(EMAIL);
        assertThat(admin.name()).isEqualTo("Ops Team");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(admin.emailVerified()).isTrue();
        assertThat(admin.passwordHash()).isEqualTo(PlainPasswordHasher.encode(PASSWORD));
        assertThat(f.mailer.count()).isZero();
    }

    @Test
    void created_admin_can_log_in_and_authenticates_as_admin() {
        f.admins.ensureAdmin(EMAIL, PASSWORD, "Ops");

        LoginResult login = f.login(EMAIL, PASSWORD);

        assertThat(f.sessionService.authenticate(login.tokens().accessToken()).role()).isEqualTo(Role.ADMIN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void names_the_admin_administrator_when_no_name_is_given(String name) {
        AdminAccounts.AdminResult result = f.admins.ensureAdmin(EMAIL, PASSWORD, name);

        assertThat(f.users.findById(result.userId()).orElseThrow().name()).isEqualTo("Administrator");
    }

    @Test
    void second_call_returns_the_same_admin_with_created_false() {
        AdminAccounts.AdminResult first = f.admins.ensureAdmin(EMAIL, PASSWORD, "Ops");

        AdminAccounts.AdminResult second = f.admins.ensureAdmin("ROOT@example.com", "Other-Passw0rd", "Someone else");

        assertThat(second.created()).isFalse();
        assertThat(second.userId()).isEqualTo(first.userId());
        assertThat(f.users.all()).hasSize(1);
        User admin = f.users.get(EMAIL);
        assertThat(admin.name()).isEqualTo("Ops");
        assertThat(admin.passwordHash()).isEqualTo(PlainPasswordHasher.encode(PASSWORD));
        failsWith(Unauthenticated.class, "INVALID_CREDENTIALS", () -> f.login(EMAIL, "Other-Passw0rd"));
    }

    @Test
    void refuses_an_email_that_belongs_to_a_non_admin_account() {
        User member = f.verifiedUser(EMAIL, Role.CREATOR);

        failsWith(Conflict.class, "EMAIL_TAKEN", () -> f.admins.ensureAdmin(EMAIL, PASSWORD, "Ops"));

        assertThat(f.users.all()).containsExactly(member);
        assertThat(f.users.get(EMAIL).role()).isEqualTo(Role.CREATOR);
    }

    @Test
    void rejects_invalid_email() {
        assertThat(invalidFields(() -> f.admins.ensureAdmin("root", PASSWORD, "Ops"))).containsExactly("email");
        assertThat(invalidFields(() -> f.admins.ensureAdmin(null, PASSWORD, "Ops"))).containsExactly("email");
        assertThat(invalidFields(() -> f.admins.ensureAdmin("x".repeat(10 * 1024) + "@example.com", PASSWORD, "Ops")))
                .containsExactly("email");
        assertThat(f.users.all()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"password", "Sh0rt!", "zzzzzzzzzzzzzzzzzzzz"})
    void rejects_missing_or_weak_password(String password) {
        assertThat(invalidFields(() -> f.admins.ensureAdmin(EMAIL, password, "Ops"))).containsOnly("password");
        assertThat(f.users.all()).isEmpty();
    }

    @Test
    void rejects_10_kb_name() {
        assertThat(invalidFields(() -> f.admins.ensureAdmin(EMAIL, PASSWORD, "n".repeat(10 * 1024))))
                .containsExactly("name");
    }

    @Test
    void accepts_100_character_passphrase() {
        String passphrase = "admin passphrase ".repeat(6).substring(0, 100);

        assertThat(f.admins.ensureAdmin(EMAIL, passphrase, "Ops").created()).isTrue();
        assertThat(f.login(EMAIL, passphrase).user().role()).isEqualTo(Role.ADMIN);
    }
}
