package io.ensemble.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.fakes.IdentityFixture;
import io.ensemble.identity.fakes.InMemoryPhoneAccounts;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Google/Apple sign-in on fakes (issue 23 §2): tokens map to identities through a fake verifier. */
class FederatedSignInTest {
    private final IdentityFixture f = IdentityFixture.create();
    private final InMemoryPhoneAccounts facts = new InMemoryPhoneAccounts();
    private final Map<String, VerifiedIdentity> tokens = new HashMap<>();
    private final FederatedSignIn service = new FederatedSignIn((provider, token) -> {
        VerifiedIdentity who = tokens.get(provider + ":" + token);
        if (who == null) {
            throw new Unauthenticated("INVALID_ID_TOKEN", "bad");
        }
        return who;
    }, f.users, facts, f.sessionService, f.hasher, f.digest, f.transactions,
            new io.ensemble.notifications.InMemoryOutbox(), f.ids, f.clock);

    private void token(AuthProvider provider, String token, String email, boolean verified) {
        tokens.put(provider + ":" + token, new VerifiedIdentity("sub-" + token, Optional.of(email), verified,
                Optional.empty()));
    }

    @Test
    void a_new_email_needs_a_role_and_is_created_verified_with_its_provider() {
        token(AuthProvider.APPLE, "t1", "new@example.com", true);
        assertThatThrownBy(() -> service.signIn(AuthProvider.APPLE, "t1", null, IdentityFixture.ORIGIN))
                .isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> service.signIn(AuthProvider.APPLE, "t1", Role.ADMIN, IdentityFixture.ORIGIN))
                .isInstanceOf(ValidationFailed.class);
        assertThat(f.users.findByEmail("new@example.com")).isEmpty();

        SignedIn in = service.signIn(AuthProvider.APPLE, "t1", Role.BRAND, IdentityFixture.ORIGIN);
        assertThat(in.created()).isTrue();
        assertThat(in.facts().provider()).isEqualTo(AuthProvider.APPLE);
        assertThat(in.login().user().name()).isEqualTo("new");
        assertThat(in.login().user().emailVerified()).isTrue();
        assertThat(service.signIn(AuthProvider.APPLE, "t1", null, IdentityFixture.ORIGIN).created()).isFalse();
    }

    @Test
    void an_existing_unverified_account_is_signed_in_and_counts_as_verified() {
        var signup = f.signUp("old@example.com");
        token(AuthProvider.GOOGLE, "t2", "old@example.com", true);
        SignedIn in = service.signIn(AuthProvider.GOOGLE, "t2", null, IdentityFixture.ORIGIN);
        assertThat(in.login().user().id()).isEqualTo(signup.userId());
        assertThat(in.login().user().emailVerified()).isTrue();
        assertThat(in.facts().provider()).isEqualTo(AuthProvider.EMAIL);
    }

    @Test
    void unverified_emails_and_unknown_tokens_are_unauthenticated() {
        token(AuthProvider.GOOGLE, "t3", "unverified@example.com", false);
        assertThatThrownBy(() -> service.signIn(AuthProvider.GOOGLE, "t3", Role.CREATOR, IdentityFixture.ORIGIN))
                .isInstanceOfSatisfying(Unauthenticated.class, e -> assertThat(e.code()).isEqualTo("EMAIL_NOT_VERIFIED"));
        assertThatThrownBy(() -> service.signIn(AuthProvider.GOOGLE, "forged", Role.CREATOR, IdentityFixture.ORIGIN))
                .isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> service.signIn(AuthProvider.GOOGLE, " ", Role.CREATOR, IdentityFixture.ORIGIN))
                .isInstanceOf(ValidationFailed.class);
        assertThat(f.users.findByEmail("unverified@example.com")).isEmpty();
    }
}
