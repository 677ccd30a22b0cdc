package io.ensemble.identity;

import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.RateLimited;
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
 * Sign-up and login by phone with an SMS code (issue 23 §1). Codes follow the e-mail codes' rules
 * ({@link OneTimeCodes}: hashed, 10 min, 5 tries, 60 s resend cooldown); a code and its text are
 * stored and sent together, so when the SMS provider is down nothing is stored (503). Every text first
 * passes the country allow-list and the per-number and per-address {@link SmsBudget}.
 * A phone-only account gets the undeliverable placeholder e-mail {@code <digits>@phone.invalid}
 * (RFC 2606) until it adds one, since accounts are keyed by e-mail.
 */
public final class PhoneSignIn {
    /** The domain of the placeholder e-mail of a phone-only account. */
    public static final String PLACEHOLDER_DOMAIN = "phone.invalid";
    private final UserRepository users;
    private final PhoneAccounts phones;
    private final PhoneNumbers numbers;
    private final OneTimeCodes otps;
    private final SmsSender sms;
    private final SmsBudget budget;
    private final PhoneSettings settings;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final SecretDigest digest;
    private final Transactions transactions;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    /** Builds the use case over its ports; see the class comment. */
    public PhoneSignIn(UserRepository users, PhoneAccounts phones, PhoneNumbers numbers, OneTimeCodes otps,
                       SmsSender sms, SmsBudget budget, PhoneSettings settings, SessionService sessions,
                       PasswordHasher hasher, SecretDigest digest, Transactions transactions, Outbox outbox,
                       IdGenerator ids, Clock clock) {
        this.users = users;
        this.phones = phones;
        this.numbers = numbers;
        this.otps = otps;
        this.sms = sms;
        this.budget = budget;
        this.settings = settings;
        this.sessions = sessions;
        this.hasher = hasher;
        this.digest = digest;
        this.transactions = transactions;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Creates an account for a phone and texts it a code; the account signs in by {@link #verify}.
     *
     * @return the number in E.164
     * @throws ValidationFailed naming {@code phone} (invalid, not mobile, country not allowed) or other fields
     * @throws io.ensemble.shared.errors.Conflict {@code PHONE_TAKEN}
     * @throws RateLimited when the number's or the address's SMS budget is spent
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the SMS provider is down (nothing stored)
     */
    public String signup(PhoneSignup command, RequestOrigin origin) {
        PhoneNumber phone = allowed(command.phone());
        if (phones.findByPhone(phone.e164()).isPresent()) {
            throw phoneTaken();
        }
        budget.spend(phone.e164(), origin.clientAddress());
        Instant now = clock.instant();
        String email = phone.e164().substring(1) + "@" + PLACEHOLDER_DOMAIN;
        User user = new User(ids.newId(), email, command.name(), command.role(), AccountStatus.ACTIVE, false,
                hasher.hash(digest.newToken()), now, now);
        transactions.run(() -> {
            createOrPhoneTaken(user);
            phones.attach(user.id(), Optional.of(phone.e164()), AuthProvider.PHONE, now);
            outbox.append(OutboxEvent.unaddressed(ids.newId(),
                    new IdentityEvent.UserCreated(user.id(), user.role().name(), now), now));
            text(user, phone);
        });
        return phone.e164();
    }

    /**
     * Texts a login code to the account of {@code rawPhone}. An unknown number gets the same silent
     * success (and no text), so the answer does not reveal accounts.
     *
     * @return the number in E.164
     * @throws ValidationFailed naming {@code phone}
     * @throws RateLimited within the resend cooldown, or when an SMS budget is spent
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the SMS provider is down (nothing stored)
     */
    public String requestCode(String rawPhone, RequestOrigin origin) {
        PhoneNumber phone = allowed(rawPhone);
        budget.spend(phone.e164(), origin.clientAddress());
        Optional<User> user = phones.findByPhone(phone.e164()).flatMap(users::findById);
        if (user.isPresent()) {
            long wait = otps.cooldownRemainingSeconds(user.get(), OtpPurpose.PHONE_CODE);
            if (wait > 0) {
                throw new RateLimited("Please wait before asking for another code.", wait);
            }
            transactions.run(() -> text(user.get(), phone));
        }
        return phone.e164();
    }

    /**
     * Checks the texted code, marks the phone verified and opens a session.
     *
     * @throws ValidationFailed naming {@code phone}, or {@code INVALID_OTP}, {@code OTP_EXPIRED}, {@code OTP_LOCKED}
     * @throws io.ensemble.shared.errors.Forbidden {@code ACCOUNT_SUSPENDED}
     */
    public SignedIn verify(String rawPhone, String code, RequestOrigin origin) {
        PhoneNumber phone = numbers.parseMobile(rawPhone);
        String otp = code == null ? "" : code.strip();
        if (!otp.matches("\\d{6}")) {
            throw new ValidationFailed(List.of(new FieldError("code", "must be 6 digits")));
        }
        User user = phones.findByPhone(phone.e164()).flatMap(users::findById).orElseThrow(OneTimeCodes::invalid);
        otps.verifyAndSpend(user, OtpPurpose.PHONE_CODE, otp);
        phones.markPhoneVerified(user.id(), clock.instant());
        LoginResult login = sessions.openSession(user, origin);
        return new SignedIn(login, new SignInFacts(Optional.of(phone.e164()), true,
                phones.facts(user.id()).map(SignInFacts::provider).orElse(AuthProvider.PHONE)), false);
    }

    private void createOrPhoneTaken(User user) {
        try {
            users.create(user);
        } catch (Conflict e) {
            throw "EMAIL_TAKEN".equals(e.code()) ? phoneTaken() : e;
        }
    }

    private static Conflict phoneTaken() {
        return new Conflict("PHONE_TAKEN", "An account with this phone number already exists.");
    }

    private PhoneNumber allowed(String raw) {
        PhoneNumber phone = numbers.parseMobile(raw);
        if (!settings.allows(phone.region())) {
            throw new ValidationFailed(List.of(new FieldError("phone",
                    "codes cannot be texted to numbers of " + phone.region())));
        }
        return phone;
    }

    private void text(User user, PhoneNumber phone) {
        String otp = otps.issue(user, OtpPurpose.PHONE_CODE);
        sms.send(phone.e164(), "Your Ensemble code is " + otp + ". It expires in " + otps.ttlMinutes()
                + " minutes.");
    }
}
