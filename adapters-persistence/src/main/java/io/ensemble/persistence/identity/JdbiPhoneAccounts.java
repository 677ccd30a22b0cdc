package io.ensemble.persistence.identity;

import io.ensemble.identity.AuthProvider;
import io.ensemble.identity.PhoneAccounts;
import io.ensemble.identity.SignInFacts;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlErrors;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.errors.Conflict;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PhoneAccounts} on the {@code users} columns {@code phone} (unique when set), {@code phone_verified}
 * and {@code auth_provider} (issue 23 §1-§2). Throws {@link io.ensemble.shared.errors.ProviderUnavailable}
 * when the database is down.
 */
public final class JdbiPhoneAccounts extends JdbiRepository implements PhoneAccounts {
    static final String PHONE_INDEX = "users_phone_key";
    private static final String ATTACH = """
            UPDATE users SET phone = COALESCE(CAST(:phone AS text), phone), auth_provider = :provider, updated_at = :at
            WHERE id = :id
            """;
    private static final String BY_PHONE = "SELECT id FROM users WHERE phone = :phone";
    private static final String MARK_VERIFIED = "UPDATE users SET phone_verified = true, updated_at = :at WHERE id = :id";
    private static final String FACTS = "SELECT phone, phone_verified, auth_provider FROM users WHERE id = :id";

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiPhoneAccounts(JdbiHandles handles) {
        super(handles);
    }

    /** @throws Conflict {@code PHONE_TAKEN} when another account has the phone */
    @Override
    public void attach(UUID userId, Optional<String> phone, AuthProvider provider, Instant at) {
        try {
            handles.use(h -> h.createUpdate(ATTACH).bind("id", userId).bind("phone", phone.orElse(null))
                    .bind("provider", provider.wire()).bind("at", SqlTime.at(at)).execute());
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e, PHONE_INDEX)) {
                throw new Conflict("PHONE_TAKEN", "An account with this phone number already exists.");
            }
            throw e;
        }
    }

    @Override
    public Optional<UUID> findByPhone(String e164) {
        return handles.with(h -> h.createQuery(BY_PHONE).bind("phone", e164).mapTo(UUID.class).findOne());
    }

    @Override
    public void markPhoneVerified(UUID userId, Instant at) {
        handles.use(h -> h.createUpdate(MARK_VERIFIED).bind("id", userId).bind("at", SqlTime.at(at)).execute());
    }

    @Override
    public Optional<SignInFacts> facts(UUID userId) {
        return handles.with(h -> h.createQuery(FACTS).bind("id", userId)
                .map((rs, ctx) -> new SignInFacts(Optional.ofNullable(rs.getString("phone")),
                        rs.getBoolean("phone_verified"), AuthProvider.parse(rs.getString("auth_provider"))))
                .findOne());
    }
}
