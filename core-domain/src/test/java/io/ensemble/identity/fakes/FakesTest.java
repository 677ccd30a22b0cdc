package io.ensemble.identity.fakes;

import static io.ensemble.testing.DomainAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.OneTimeCode;
import io.ensemble.identity.OtpPurpose;
import io.ensemble.identity.RefreshToken;
import io.ensemble.identity.Role;
import io.ensemble.identity.Session;
import io.ensemble.identity.User;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.mail.MailMessage;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.RollbackTransactions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fakes honour the port contracts the use-case tests rely on. */
class FakesTest {
    static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

    static User user(UUID id, String email) {
        return new User(id, email, "U", Role.CREATOR, AccountStatus.ACTIVE, true, "h", T0, T0);
    }

    static OneTimeCode code(UUID id, UUID userId, String hash, Instant at) {
        return new OneTimeCode(id, userId, OtpPurpose.EMAIL_VERIFICATION, hash, 0, at, at.plusSeconds(600),
                Optional.empty());
    }

    @Test
    void user_repository_refuses_a_duplicate_email_with_email_taken() {
        InMemoryUserRepository users = new InMemoryUserRepository();
        users.create(user(new UUID(0, 1), "a@example.com"));

        failsWith(Conflict.class, "EMAIL_TAKEN", () -> users.create(user(new UUID(0, 2), "a@example.com")));

        assertThat(users.all()).hasSize(1);
    }

    @Test
    void code_repository_replace_spends_the_earlier_code_of_the_same_user_and_purpose() {
        InMemoryOneTimeCodeRepository codes = new InMemoryOneTimeCodeRepository();
        UUID user = new UUID(0, 1);
        codes.replace(code(new UUID(0, 10), user, "h1", T0));
        codes.replace(code(new UUID(0, 11), new UUID(0, 2), "h2", T0));

        codes.replace(code(new UUID(0, 12), user, "h3", T0.plusSeconds(60)));

        assertThat(codes.findLatestUnspent(user, OtpPurpose.EMAIL_VERIFICATION)).map(OneTimeCode::codeHash).contains("h3");
        assertThat(codes.findUnspentByHash(OtpPurpose.EMAIL_VERIFICATION, "h1")).isEmpty();
        assertThat(codes.findUnspentByHash(OtpPurpose.EMAIL_VERIFICATION, "h2")).isPresent();
        assertThat(codes.lastIssuedAt(user, OtpPurpose.EMAIL_VERIFICATION)).contains(T0.plusSeconds(60));
        assertThat(codes.lastIssuedAt(user, OtpPurpose.PASSWORD_RESET)).isEmpty();
    }

    @Test
    void code_repository_claims_at_most_max_attempts_and_consumes_once() {
        InMemoryOneTimeCodeRepository codes = new InMemoryOneTimeCodeRepository();
        UUID id = new UUID(0, 10);
        codes.replace(code(id, new UUID(0, 1), "h", T0));

        assertThat(codes.claimAttempt(id, 2)).contains(1);
        assertThat(codes.claimAttempt(id, 2)).contains(2);
        assertThat(codes.claimAttempt(id, 2)).isEmpty();
        assertThat(codes.consume(id, T0)).isTrue();
        assertThat(codes.consume(id, T0)).isFalse();
        assertThat(codes.claimAttempt(id, 5)).isEmpty();
    }

    @Test
    void session_repository_rotates_once_and_hides_revoked_sessions_and_inactive_users() {
        InMemoryUserRepository users = new InMemoryUserRepository();
        InMemorySessionRepository sessions = new InMemorySessionRepository(users);
        UUID userId = new UUID(0, 1);
        UUID sessionId = new UUID(0, 2);
        UUID tokenId = new UUID(0, 3);
        users.create(user(userId, "a@example.com"));
        sessions.createSession(new Session(sessionId, userId, T0, Optional.empty()));
        sessions.createRefreshToken(new RefreshToken(tokenId, sessionId, "th", T0, T0.plusSeconds(60), Optional.empty()));

        assertThat(sessions.markRotated(tokenId, T0)).isTrue();
        assertThat(sessions.markRotated(tokenId, T0)).isFalse();
        assertThat(sessions.findActiveCaller(userId, sessionId)).isPresent();
        assertThat(sessions.findActiveCaller(new UUID(0, 9), sessionId)).isEmpty();
        users.setStatus(userId, AccountStatus.SUSPENDED);
        assertThat(sessions.findActiveCaller(userId, sessionId)).isEmpty();
        users.setStatus(userId, AccountStatus.ACTIVE);
        sessions.revokeAllSessions(userId, T0);
        assertThat(sessions.findActiveCaller(userId, sessionId)).isEmpty();
    }

    @Test
    void rollback_transactions_restore_the_stores_when_the_work_throws() {
        InMemoryUserRepository users = new InMemoryUserRepository();
        RollbackTransactions tx = new RollbackTransactions(users);
        tx.run(() -> users.create(user(new UUID(0, 1), "a@example.com")));

        assertThatThrownBy(() -> tx.run(() -> {
            users.create(user(new UUID(0, 2), "b@example.com"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(users.all()).extracting(User::email).containsExactly("a@example.com");
        assertThat(tx.commits()).isEqualTo(1);
        assertThat(tx.rollbacks()).isEqualTo(1);
    }

    @Test
    void mutable_clock_moves_only_when_told_and_zones_share_the_time() {
        MutableClock clock = new MutableClock(T0);
        var paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofSeconds(90));

        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(90));
        assertThat(paris.instant()).isEqualTo(T0.plusSeconds(90));
        assertThat(clock.millis()).isEqualTo(T0.plusSeconds(90).toEpochMilli());
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void recording_mailer_finds_the_six_digit_code_in_the_body() {
        RecordingMailer mailer = new RecordingMailer();
        mailer.send(new MailMessage("a@example.com", "s", "Your code is 012345. It expires in 10 minutes.\n"));

        assertThat(mailer.latestOtpTo("a@example.com")).isEqualTo("012345");
        assertThatThrownBy(() -> mailer.latestOtpTo("b@example.com")).isInstanceOf(AssertionError.class);
    }
}
