package io.ensemble.identity;

import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in with a Google or Apple ID token (issue 23 §2): the token is verified, then the account with
 * its verified e-mail is signed in, or one is created (a self-assignable role is required then) with
 * the provider recorded. An existing unverified e-mail account counts as verified afterwards, since
 * the provider vouched for the address.
 */
public final class FederatedSignIn {
    private final IdTokenVerifier verifier;
    private final UserRepository users;
    private final PhoneAccounts facts;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final SecretDigest digest;
    private final Transactions transactions;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    /** Builds the use case over its ports. */
    public FederatedSignIn(IdTokenVerifier verifier, UserRepository users, PhoneAccounts facts,
                           SessionService sessions, PasswordHasher hasher, SecretDigest digest,
                           Transactions transactions, Outbox outbox, IdGenerator ids, Clock clock) {
        this.verifier = verifier;
        this.users = users;
        this.facts = facts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.digest = digest;
        this.transactions = transactions;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @param provider GOOGLE or APPLE
     * @param token the ID token (Google {@code idToken}, Apple {@code identityToken})
     * @param role the role of a new account; null signs in an existing one only
     * @throws ValidationFailed naming the token field when blank, or {@code role} when an account must be
     *     created and the role is missing or not self-assignable
     * @throws Unauthenticated {@code INVALID_ID_TOKEN}, or {@code EMAIL_NOT_VERIFIED} when the provider
     *     did not verify the e-mail
     * @throws io.ensemble.shared.errors.Forbidden {@code ACCOUNT_SUSPENDED}
     */
    public SignedIn signIn(AuthProvider provider, String token, Role role, RequestOrigin origin) {
        if (token == null || token.isBlank()) {
            throw new ValidationFailed(List.of(new FieldError(
                    provider == AuthProvider.APPLE ? "identityToken" : "idToken", "is required")));
        }
        VerifiedIdentity who = verifier.verify(provider, token.strip());
        if (who.email().isEmpty() || !who.emailVerified()) {
            throw new Unauthenticated("EMAIL_NOT_VERIFIED", "The provider has not verified this account's e-mail.");
        }
        String email = who.email().get();
        Optional<User> existing = users.findByEmail(email);
        boolean created = existing.isEmpty();
        User user = existing.orElseGet(() -> create(provider, who, email, role));
        if (!created && !user.emailVerified()) {
            users.markEmailVerified(user.id(), clock.instant());
            user = users.findById(user.id()).orElse(user);
        }
        LoginResult login = sessions.openSession(user, origin);
        SignInFacts signIn = facts.facts(user.id())
                .orElse(new SignInFacts(Optional.empty(), false, AuthProvider.EMAIL));
        return new SignedIn(login, signIn, created);
    }

    private User create(AuthProvider provider, VerifiedIdentity who, String email, Role role) {
        if (role == null || !role.selfAssignable()) {
            throw new ValidationFailed(List.of(new FieldError("role", role == null
                    ? "is required to create an account" : "cannot be chosen at signup")));
        }
        Instant now = clock.instant();
        String name = who.name().filter(n -> !n.isBlank()).map(String::strip)
                .map(n -> n.length() > SignupCommand.NAME_MAX ? n.substring(0, SignupCommand.NAME_MAX) : n)
                .orElse(email.substring(0, email.indexOf('@')));
        User user = new User(ids.newId(), email, name, role, AccountStatus.ACTIVE, true,
                hasher.hash(digest.newToken()), now, now);
        transactions.run(() -> {
            users.create(user);
            facts.attach(user.id(), Optional.empty(), provider, now);
            outbox.append(OutboxEvent.unaddressed(ids.newId(),
                    new IdentityEvent.UserCreated(user.id(), user.role().name(), now), now));
        });
        return user;
    }
}
