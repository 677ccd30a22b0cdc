package io.ensemble.identity;

import static io.ensemble.testing.DomainAssertions.failsWith;
import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ensemble.identity.fakes.FakeAccessTokens;
import io.ensemble.identity.fakes.IdentityFixture;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.Unauthenticated;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Login, refresh-token rotation, logout and authentication (issue 3 §3, DESIGN §Security). */
class SessionServiceTest {
    static final String EMAIL = "alice@example.com";
    static final String TEN_KB = "r".repeat(10 * 1024);

    final IdentityFixture f = IdentityFixture.create();

    private TokenPair refresh(String token) {
        return f.sessionService.refresh(token);
    }

    // --- login

    @Test
    void login_returns_access_token_refresh_token_expiry_and_user() {
        User alice = f.verifiedUser(EMAIL, Role.BRAND);

        LoginResult result = f.login(EMAIL);

        assertThat(result.user()).isEqualTo(alice);
        assertThat(result.tokens().accessToken()).isNotBlank();
        assertThat(result.tokens().refreshToken()).matches("[A-Za-z0-9_-]{43}");
        assertThat(result.tokens().expiresIn()).isEqualTo(FakeAccessTokens.EXPIRES_IN_SECONDS);
        AccessTokenClaims claims = f.accessTokens.claimsOf(result.tokens().accessToken()).orElseThrow();
        assertThat(claims.userId()).isEqualTo(alice.id());
        assertThat(claims.role()).isEqualTo(Role.BRAND);
        assertThat(f.sessions.sessionsOf(alice.id())).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(claims.sessionId());
            assertThat(s.revokedAt()).isEmpty();
            assertThat(s.createdAt()).isEqualTo(IdentityFixture.START);
        });
    }

    @Test
    void login_stores_only_the_hash_of_the_refresh_token_with_a_30_day_expiry() {
        f.verifiedUser(EMAIL);

        String refresh = f.login(EMAIL).tokens().refreshToken();

        assertThat(f.sessions.allTokens()).singleElement().satisfies(t -> {
            assertThat(t.tokenHash()).isEqualTo(f.digest.hash(refresh)).isNotEqualTo(refresh);
            assertThat(t.expiresAt()).isEqualTo(IdentityFixture.START.plus(Duration.ofDays(30)));
            assertThat(t.rotatedAt()).isEmpty();
        });
    }

    @Test
    void each_login_starts_its_own_session() {
        User alice = f.verifiedUser(EMAIL);

        LoginResult first = f.login(EMAIL);
        LoginResult second = f.login(EMAIL);

        assertThat(f.sessions.sessionsOf(alice.id())).hasSize(2);
        assertThat(second.tokens().refreshToken()).isNotEqualTo(first.tokens().refreshToken());
        assertThat(f.sessionService.authenticate(first.tokens().accessToken()).sessionId())
                .isNotEqualTo(f.sessionService.authenticate(second.tokens().accessToken()).sessionId());
    }

    @Test
    void login_accepts_the_email_in_any_case() {
        f.verifiedUser(EMAIL);

        assertThat(f.login("  ALICE@Example.com ").user().email()).isEqualTo(EMAIL);
    }

    @Test
    void login_refuses_unverified_email_with_email_not_verified() {
        f.signUp(EMAIL);

        failsWith(Forbidden.class, "EMAIL_NOT_VERIFIED", () -> f.login(EMAIL));

        assertThat(f.sessions.sessionsOf(f.users.get(EMAIL).id())).isEmpty();
        assertThat(f.accessTokens.issuedCount()).isZero();
    }

    @Test
    void login_refuses_suspended_account_with_account_suspended() {
        User alice = f.verifiedUser(EMAIL);
        f.users.setStatus(alice.id(), AccountStatus.SUSPENDED);

        failsWith(Forbidden.class, "ACCOUNT_SUSPENDED", () -> f.login(EMAIL));

        assertThat(f.sessions.sessionsOf(alice.id())).isEmpty();
    }

    @Test
    void wrong_password_and_unknown_email_give_the_same_invalid_credentials_error() {
        f.verifiedUser(EMAIL);

        Unauthenticated wrong = failsWith(Unauthenticated.class, "INVALID_CREDENTIALS",
                () -> f.login(EMAIL, "Wr0ng-Pass"));
        Unauthenticated unknown = failsWith(Unauthenticated.class, "INVALID_CREDENTIALS",
                () -> f.login("nobody@example.com", "Wr0ng-Pass"));

        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(f.accessTokens.issuedCount()).isZero();
    }

    @Test
    void wrong_password_is_checked_by_one_real_verification() {
        f.verifiedUser(EMAIL);

        failsWith(Unauthenticated.class, "INVALID_CREDENTIALS", () -> f.login(EMAIL, "Wr0ng-Pass"));

        assertThat(f.hasher.verifications()).isEqualTo(1);
        assertThat(f.hasher.dummyVerifications()).isZero();
    }

    @Test
    void unknown_email_spends_one_dummy_verification_so_it_takes_as_long_as_a_wrong_password() {
        failsWith(Unauthenticated.class, "INVALID_CREDENTIALS", () -> f.login("nobody@example.com", "Wr0ng-Pass"));

        assertThat(f.hasher.dummyVerifications()).isEqualTo(1);
        assertThat(f.hasher.verifications()).isZero();
    }

    @Test
    void unverified_account_with_wrong_password_gets_invalid_credentials_not_its_status() {
        f.signUp(EMAIL);

        failsWith(Unauthenticated.class, "INVALID_CREDENTIALS", () -> f.login(EMAIL, "Wr0ng-Pass"));
    }

    @Test
    void suspended_account_with_wrong_password_gets_invalid_credentials_not_its_status() {
        User alice = f.verifiedUser(EMAIL);
        f.users.setStatus(alice.id(), AccountStatus.SUSPENDED);

        failsWith(Unauthenticated.class, "INVALID_CREDENTIALS", () -> f.login(EMAIL, "Wr0ng-Pass"));
    }

    // --- refresh

    @Test
    void refresh_rotates_the_refresh_token_and_issues_a_new_access_token() {
        f.verifiedUser(EMAIL);
        TokenPair first = f.login(EMAIL).tokens();
        f.clock.advance(Duration.ofMinutes(20));

        TokenPair second = refresh(first.refreshToken());

        assertThat(second.refreshToken()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.expiresIn()).isEqualTo(FakeAccessTokens.EXPIRES_IN_SECONDS);
        assertThat(f.sessionService.authenticate(second.accessToken()).sessionId())
                .isEqualTo(f.sessionService.authenticate(first.accessToken()).sessionId());
        RefreshToken old = f.sessions.findRefreshTokenByHash(f.digest.hash(first.refreshToken())).orElseThrow();
        assertThat(old.rotatedAt()).contains(IdentityFixture.START.plus(Duration.ofMinutes(20)));
        RefreshToken fresh = f.sessions.findRefreshTokenByHash(f.digest.hash(second.refreshToken())).orElseThrow();
        assertThat(fresh.sessionId()).isEqualTo(old.sessionId());
        assertThat(fresh.expiresAt()).isEqualTo(IdentityFixture.START.plus(Duration.ofMinutes(20)).plus(Duration.ofDays(30)));
    }

    @Test
    void rotated_tokens_chain_on_every_use() {
        f.verifiedUser(EMAIL);
        String token = f.login(EMAIL).tokens().refreshToken();

        for (int i = 0; i < 5; i++) {
            token = refresh(token).refreshToken();
        }

        assertThat(f.sessions.allTokens()).hasSize(6);
        assertThat(f.sessions.allTokens().stream().filter(t -> t.rotatedAt().isEmpty())).hasSize(1);
    }

    @Test
    void rejects_reused_refresh_token_and_revokes_the_whole_session_family() {
        f.verifiedUser(EMAIL);
        TokenPair first = f.login(EMAIL).tokens();
        TokenPair second = refresh(first.refreshToken());
        f.clock.advance(f.settings.refreshReuseGrace().plusSeconds(1));

        failsWith(Unauthenticated.class, "REFRESH_TOKEN_REUSED", () -> refresh(first.refreshToken()));

        failsWith(Unauthenticated.class, "INVALID_REFRESH_TOKEN", () -> refresh(second.refreshToken()));
        failsWith(Unauthenticated.class, "SESSION_REVOKED", () -> f.sessionService.authenticate(second.accessToken()));
        failsWith(Unauthenticated.class, "SESSION_REVOKED", () -> f.sessionService.authenticate(first.accessToken()));
    }

    @Test
    void refresh_token_reuse_leaves_other_sessions_alone() {
        f.verifiedUser(EMAIL);
        TokenPair phone = f.login(EMAIL).tokens();
        TokenPair laptop = f.login(EMAIL).tokens();
        refresh(phone.refreshToken());
        f.clock.advance(f.settings.refreshReuseGrace().plusSeconds(1));

        failsWith(Unauthenticated.class, "REFRESH_TOKEN_REUSED", () -> refresh(phone.refreshToken()));

        assertThat(refresh(laptop.refreshToken()).refreshToken()).isNotBlank();
        assertThat(f.sessionService.authenticate(laptop.accessToken()).userId()).isEqualTo(f.users.get(EMAIL).id());
    }

    @Test
    void rejects_refresh_token_30_days_after_issue() {
        f.verifiedUser(EMAIL);
        String token = f.login(EMAIL).tokens().refreshToken();
        f.clock.advance(Duration.ofDays(30));

        failsWith(Unauthenticated.class, "INVALID_REFRESH_TOKEN", () -> refresh(token));
    }

    @Test
    void accepts_refresh_token_just_before_30_days() {
        f.verifiedUser(EMAIL);
        String token = f.login(EMAIL).tokens().refreshToken();
        f.clock.advance(Duration.ofDays(30).minusSeconds(1));

        assertThat(refresh(token).refreshToken()).isNotEqualTo(token);
    }

    @Test
    void rejects_unknown_refresh_token() {
        f.verifiedUser(EMAIL);
        f.login(EMAIL);

        failsWith(Unauthenticated.class, "INVALID_REFRESH_TOKEN", () -> refresh(f.digest.newToken()));
    }

    @Test
    void rejects_missing_blank_or_10_kb_refresh_token_as_validation_error() {
        assertThat(invalidFields(() -> refresh(null))).containsExactly("refreshToken");
        assertThat(invalidFields(() -> refresh("  "))).containsExactly("refreshToken");
        assertThat(invalidFields(() -> refresh(TEN_KB))).containsExactly("refreshToken");
    }

    @Test
    void refresh_for_a_suspended_account_is_forbidden_and_ends_the_session() {
        User alice = f.verifiedUser(EMAIL);
        TokenPair tokens = f.login(EMAIL).tokens();
        f.users.setStatus(alice.id(), AccountStatus.SUSPENDED);

        failsWith(Forbidden.class, "ACCOUNT_SUSPENDED", () -> refresh(tokens.refreshToken()));

        assertThat(f.sessions.sessionsOf(alice.id())).allSatisfy(s -> assertThat(s.revokedAt()).isPresent());
        f.users.setStatus(alice.id(), AccountStatus.ACTIVE);
        failsWith(Unauthenticated.class, "INVALID_REFRESH_TOKEN", () -> refresh(tokens.refreshToken()));
    }

    @Test
    void refresh_issues_the_access_token_with_the_current_role() {
        User alice = f.verifiedUser(EMAIL, Role.CREATOR);
        TokenPair tokens = f.login(EMAIL).tokens();
        f.users.setRole(alice.id(), Role.BRAND);

        TokenPair next = refresh(tokens.refreshToken());

        assertThat(f.accessTokens.claimsOf(next.accessToken()).orElseThrow().role()).isEqualTo(Role.BRAND);
    }

    // --- logout

    @Test
    void logout_revokes_the_session_so_refresh_and_authenticate_fail() {
        User alice = f.verifiedUser(EMAIL);
        TokenPair tokens = f.login(EMAIL).tokens();
        Caller caller = f.sessionService.authenticate(tokens.accessToken());
        f.clock.advance(Duration.ofMinutes(1));

        f.sessionService.logout(caller, IdentityFixture.ORIGIN);

        failsWith(Unauthenticated.class, "INVALID_REFRESH_TOKEN", () -> refresh(tokens.refreshToken()));
        failsWith(Unauthenticated.class, "SESSION_REVOKED", () -> f.sessionService.authenticate(tokens.accessToken()));
        assertThat(f.sessions.sessionsOf(alice.id())).singleElement()
                .satisfies(s -> assertThat(s.revokedAt()).contains(IdentityFixture.START.plus(Duration.ofMinutes(1))));
    }

    @Test
    void logout_ends_only_the_callers_session() {
        f.verifiedUser(EMAIL);
        TokenPair phone = f.login(EMAIL).tokens();
        TokenPair laptop = f.login(EMAIL).tokens();

        f.sessionService.logout(f.sessionService.authenticate(phone.accessToken()), IdentityFixture.ORIGIN);

        assertThat(f.sessionService.authenticate(laptop.accessToken())).isNotNull();
        assertThat(refresh(laptop.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void logout_twice_is_harmless() {
        f.verifiedUser(EMAIL);
        TokenPair tokens = f.login(EMAIL).tokens();
        Caller caller = f.sessionService.authenticate(tokens.accessToken());
        f.sessionService.logout(caller, IdentityFixture.ORIGIN);
        f.clock.advance(Duration.ofMinutes(5));

        f.sessionService.logout(caller, IdentityFixture.ORIGIN);

        assertThat(f.sessions.sessionsOf(caller.userId())).singleElement()
                .satisfies(s -> assertThat(s.revokedAt()).contains(IdentityFixture.START));
    }

    // --- authenticate and me

    @Test
    void authenticate_returns_the_caller_of_the_session() {
        User alice = f.verifiedUser(EMAIL, Role.HOST);
        TokenPair tokens = f.login(EMAIL).tokens();

        Caller caller = f.sessionService.authenticate(tokens.accessToken());

        assertThat(caller.userId()).isEqualTo(alice.id());
        assertThat(caller.role()).isEqualTo(Role.HOST);
        assertThat(caller.sessionId()).isEqualTo(f.sessions.sessionsOf(alice.id()).get(0).id());
        assertThat(caller.getName()).isEqualTo(alice.id().toString());
        assertThat(caller.is(Role.HOST)).isTrue();
    }

    @Test
    void authenticate_uses_the_role_from_the_repository_not_from_the_token() {
        User alice = f.verifiedUser(EMAIL, Role.CREATOR);
        TokenPair tokens = f.login(EMAIL).tokens();
        f.users.setRole(alice.id(), Role.BRAND);

        Caller caller = f.sessionService.authenticate(tokens.accessToken());

        assertThat(f.accessTokens.claimsOf(tokens.accessToken()).orElseThrow().role()).isEqualTo(Role.CREATOR);
        assertThat(caller.role()).isEqualTo(Role.BRAND);
    }

    @Test
    void authenticate_refuses_a_suspended_account_at_once() {
        User alice = f.verifiedUser(EMAIL);
        TokenPair tokens = f.login(EMAIL).tokens();
        f.users.setStatus(alice.id(), AccountStatus.SUSPENDED);

        failsWith(Unauthenticated.class, "SESSION_REVOKED", () -> f.sessionService.authenticate(tokens.accessToken()));
    }

    @Test
    void authenticate_passes_on_an_invalid_token_error() {
        failsWith(Unauthenticated.class, "INVALID_TOKEN", () -> f.sessionService.authenticate("forged"));
    }

    @Test
    void me_returns_the_callers_account_and_not_found_once_deleted() {
        User alice = f.verifiedUser(EMAIL);
        Caller caller = f.sessionService.authenticate(f.login(EMAIL).tokens().accessToken());

        assertThat(f.sessionService.me(caller)).isEqualTo(alice);

        f.users.delete(alice.id());
        failsWith(NotFound.class, "NOT_FOUND", () -> f.sessionService.me(caller));
    }

    @Test
    void caller_requires_every_field() {
        User alice = f.verifiedUser(EMAIL);
        assertThat(Arrays.asList(
                catchThrowable(() -> new Caller(null, Role.ADMIN, alice.id())),
                catchThrowable(() -> new Caller(alice.id(), null, alice.id())),
                catchThrowable(() -> new Caller(alice.id(), Role.ADMIN, null))))
                .allSatisfy(t -> assertThat(t).isInstanceOf(NullPointerException.class));
    }

    // --- passwords outside the Basic Multilingual Plane

    @Test
    void login_accepts_every_password_that_signup_accepted() {
        String emoji = "\uD83D\uDE00\uD83D\uDE01".repeat(300); // 600 code points, 1200 chars
        f.signup.signup(new SignupCommand(EMAIL, emoji, "Alice", Role.CREATOR, true));
        f.signup.verifyEmail(new CodeSubmission(EMAIL, f.mailer.latestOtpTo(EMAIL)));

        assertThat(f.login(EMAIL, emoji).user().email()).isEqualTo(EMAIL);
    }
}
