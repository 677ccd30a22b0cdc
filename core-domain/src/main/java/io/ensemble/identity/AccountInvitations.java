package io.ensemble.identity;

import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts created for someone else (issue 22 §1: an approved agency application, an admin's invite):
 * the account is ACTIVE with an unguessable password nobody knows, and a one-time set-password token
 * valid {@link #LINK_TTL} is issued. The token is a reset token (stored as a keyed hash, single use,
 * expiry read from the {@link Clock}), so the invitee spends it on {@code POST /api/v1/auth/reset-password
 * {resetToken, newPassword}}, which also marks the e-mail verified. Joins the caller's transaction (the
 * account, its token and its {@code user_created} event commit together).
 */
public final class AccountInvitations {
    /** How long an invitation link works. */
    public static final Duration LINK_TTL = Duration.ofHours(24);
    private final UserRepository users;
    private final OneTimeCodeRepository codes;
    private final PasswordHasher hasher;
    private final SecretDigest digest;
    private final IdGenerator ids;
    private final Clock clock;
    private final Outbox outbox;

    /**
     * Wires the ports (the digest is the one reset tokens are hashed with); {@code outbox} records
     * {@code user_created} like a sign-up does (integrator feed).
     */
    public AccountInvitations(UserRepository users, OneTimeCodeRepository codes, PasswordHasher hasher,
                              SecretDigest digest, IdGenerator ids, Clock clock, Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.users = Objects.requireNonNull(users, "users");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.digest = Objects.requireNonNull(digest, "digest");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * An account created by invitation and its set-password token (shown once, only its hash is stored).
     *
     * @param expiresAt when the token stops working (UTC)
     */
    public record Invitation(User user, String token, Instant expiresAt) {
    }

    /** @return the account with this e-mail (normalised lower-case), if any */
    public Optional<User> existing(String email) {
        return users.findByEmail(EmailAddress.normalize(email));
    }

    /**
     * Creates the account and issues its set-password token.
     *
     * @param email a valid address (checked by the caller)
     * @throws Conflict {@code EMAIL_TAKEN} when an account with this e-mail exists
     */
    public Invitation invite(String email, String name, Role role) {
        String normalized = EmailAddress.normalize(email);
        if (users.findByEmail(normalized).isPresent()) {
            throw emailTaken();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        User user = new User(ids.newId(), normalized, name, role, AccountStatus.ACTIVE, false,
                hasher.hash(digest.newToken()), now, now);
        users.create(user);
        outbox.append(OutboxEvent.unaddressed(ids.newId(), new IdentityEvent.UserCreated(user.id(), role.name(), now),
                now));
        return new Invitation(user, issue(user.id(), now), now.plus(LINK_TTL));
    }

    private String issue(UUID userId, Instant now) {
        String token = digest.newToken();
        codes.replace(new OneTimeCode(ids.newId(), userId, OtpPurpose.RESET_TOKEN, digest.hash(token), 0, now,
                now.plus(LINK_TTL), Optional.empty()));
        return token;
    }

    private static Conflict emailTaken() {
        return new Conflict("EMAIL_TAKEN", "An account with this e-mail already exists; the person can sign in "
                + "or reset their password instead.");
    }
}
