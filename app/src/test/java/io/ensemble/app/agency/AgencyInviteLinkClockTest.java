package io.ensemble.app.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.app.support.SharedDatabase;
import io.ensemble.identity.AccountInvitations;
import io.ensemble.identity.IdentitySettings;
import io.ensemble.identity.OneTimeCodes;
import io.ensemble.identity.PasswordResetCommand;
import io.ensemble.identity.PasswordResetService;
import io.ensemble.identity.Role;
import io.ensemble.identity.SecretDigest;
import io.ensemble.integrations.crypto.Argon2idPasswordHasher;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiTransactions;
import io.ensemble.persistence.identity.JdbiOneTimeCodeRepository;
import io.ensemble.persistence.identity.JdbiResetRequestQueue;
import io.ensemble.persistence.identity.JdbiSessionRepository;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.testing.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The set-password link of an invitation (issue 22 §1) against the real test database with a settable clock:
 * it works once within 24 hours of the invitation and not at all from the 24th hour on.
 */
class AgencyInviteLinkClockTest {
    private final JdbiHandles handles = new JdbiHandles(Jdbi.create(SharedDatabase.get().dataSource()));
    private final MutableClock clock = new MutableClock(Instant.parse("2031-06-01T09:00:00Z"));
    private final byte[] key = new byte[32];
    private final AccountInvitations invitations;
    private final PasswordResetService resets;

    AgencyInviteLinkClockTest() {
        new SecureRandom().nextBytes(key);
        var ids = new UuidV7Generator(clock);
        var users = new JdbiUserRepository(handles);
        var codes = new JdbiOneTimeCodeRepository(handles);
        var hasher = new Argon2idPasswordHasher();
        var digest = new SecretDigest(key);
        var settings = IdentitySettings.defaults();
        invitations = new AccountInvitations(users, codes, hasher, digest, ids, clock,
                new io.ensemble.persistence.outbox.JdbiOutbox(handles));
        resets = new PasswordResetService(users, codes, new JdbiSessionRepository(handles), hasher,
                new OneTimeCodes(codes, digest, message -> { }, ids, clock, settings), digest,
                new JdbiResetRequestQueue(handles), new JdbiTransactions(handles), ids, clock, settings,
                entry -> null);
    }

    private String invite() {
        return invitations.invite("clock-" + UUID.randomUUID() + "@example.com", "Clock Member", Role.MEMBER).token();
    }

    private void setPassword(String token) {
        resets.resetPassword(new PasswordResetCommand(token, "MemberPass123!"), RequestOrigin.UNKNOWN);
    }

    @Test
    void the_link_works_once_just_before_24_hours() {
        String token = invite();
        clock.set(clock.instant().plus(Duration.ofHours(24)).minusSeconds(1));
        setPassword(token);
        assertThatThrownBy(() -> setPassword(token)).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_RESET_TOKEN"));
    }

    @Test
    void the_link_is_refused_from_24_hours_on() {
        String token = invite();
        clock.set(clock.instant().plus(Duration.ofHours(24)));
        assertThatThrownBy(() -> setPassword(token)).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_RESET_TOKEN"));
    }
}
