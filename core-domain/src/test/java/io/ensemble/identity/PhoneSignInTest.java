package io.ensemble.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.fakes.IdentityFixture;
import io.ensemble.identity.fakes.InMemoryPhoneAccounts;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Phone sign-up and login use cases on fakes (issue 23 §1). */
class PhoneSignInTest {
    private final IdentityFixture f = IdentityFixture.create();
    private final InMemoryPhoneAccounts phones = new InMemoryPhoneAccounts();
    private final List<String> texts = new ArrayList<>();
    private boolean smsDown;
    private final PhoneNumbers numbers = raw -> {
        String e164 = raw == null ? "" : raw.replaceAll("[ ()-]", "");
        if (!e164.matches("\\+\\d{8,15}")) {
            throw new ValidationFailed(List.of(new io.ensemble.shared.errors.FieldError("phone", "is not a phone number")));
        }
        return new PhoneNumber(e164, e164.startsWith("+33") ? "FR" : "US");
    };
    private final PhoneSignIn service = new PhoneSignIn(f.users, phones, numbers, f.otps, (to, text) -> {
        if (smsDown) {
            throw new ProviderUnavailable("down");
        }
        texts.add(to + " " + text);
    }, SmsBudget.UNLIMITED, new PhoneSettings(Set.of("us")), f.sessionService, f.hasher, f.digest, f.transactions,
            new io.ensemble.notifications.InMemoryOutbox(), f.ids, f.clock);

    private static PhoneSignup signup(String phone) {
        return new PhoneSignup(phone, "Ravi", Role.CREATOR, true);
    }

    private String lastCode() {
        String last = texts.get(texts.size() - 1);
        return last.replaceAll(".*code is (\\d{6}).*", "$1");
    }

    @Test
    void signup_texts_a_code_that_verifies_the_phone_and_opens_a_session() {
        assertThat(service.signup(signup("+1 415 234 5678"), IdentityFixture.ORIGIN)).isEqualTo("+14152345678");
        assertThat(texts).singleElement().asString().startsWith("+14152345678 Your Ensemble code is ");
        SignedIn in = service.verify("+14152345678", lastCode(), IdentityFixture.ORIGIN);
        assertThat(in.facts()).isEqualTo(new SignInFacts(java.util.Optional.of("+14152345678"), true, AuthProvider.PHONE));
        assertThat(in.login().user().email()).isEqualTo("14152345678@phone.invalid");
        assertThat(in.login().tokens().accessToken()).isNotBlank();
    }

    @Test
    void disallowed_countries_are_refused_before_any_text() {
        assertThatThrownBy(() -> service.signup(signup("+33612345678"), IdentityFixture.ORIGIN))
                .isInstanceOf(ValidationFailed.class);
        assertThat(texts).isEmpty();
        assertThat(phones.findByPhone("+33612345678")).isEmpty();
    }

    @Test
    void a_second_code_waits_for_the_cooldown_and_unknown_numbers_get_no_text() {
        service.signup(signup("+14152345679"), IdentityFixture.ORIGIN);
        assertThatThrownBy(() -> service.requestCode("+14152345679", IdentityFixture.ORIGIN)).isInstanceOf(RateLimited.class);
        f.clock.advance(Duration.ofSeconds(61));
        service.requestCode("+14152345679", IdentityFixture.ORIGIN);
        assertThat(texts).hasSize(2);
        service.requestCode("+14150000001", IdentityFixture.ORIGIN);
        assertThat(texts).hasSize(2);
        assertThatThrownBy(() -> service.verify("+14150000001", "123456", IdentityFixture.ORIGIN))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("wrong");
    }

    @Test
    void sms_down_fails_the_signup_with_no_code_stored() {
        IdentityFixture g = IdentityFixture.withRollback();
        PhoneSignIn rolled = new PhoneSignIn(g.users, phones, numbers, g.otps, (to, text) -> {
            throw new ProviderUnavailable("down");
        }, SmsBudget.UNLIMITED, PhoneSettings.anyCountry(), g.sessionService, g.hasher, g.digest, g.transactions,
                new io.ensemble.notifications.InMemoryOutbox(), g.ids, g.clock);
        assertThatThrownBy(() -> rolled.signup(signup("+14152345670"), IdentityFixture.ORIGIN))
                .isInstanceOf(ProviderUnavailable.class);
        assertThat(g.users.findByEmail("14152345670@phone.invalid")).isEmpty();
    }
}
