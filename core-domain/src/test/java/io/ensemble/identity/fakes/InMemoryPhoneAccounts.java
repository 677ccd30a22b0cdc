package io.ensemble.identity.fakes;

import io.ensemble.identity.AuthProvider;
import io.ensemble.identity.PhoneAccounts;
import io.ensemble.identity.SignInFacts;
import io.ensemble.shared.errors.Conflict;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PhoneAccounts} in a map; accounts never attached read as e-mail accounts without a phone. */
public final class InMemoryPhoneAccounts implements PhoneAccounts {
    private final Map<UUID, SignInFacts> facts = new ConcurrentHashMap<>();

    @Override
    public void attach(UUID userId, Optional<String> phone, AuthProvider provider, Instant at) {
        phone.flatMap(this::findByPhone).filter(other -> !other.equals(userId)).ifPresent(other -> {
            throw new Conflict("PHONE_TAKEN", "taken");
        });
        facts.put(userId, new SignInFacts(phone, false, provider));
    }

    @Override
    public Optional<UUID> findByPhone(String e164) {
        return facts.entrySet().stream().filter(e -> e.getValue().phone().equals(Optional.of(e164)))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public void markPhoneVerified(UUID userId, Instant at) {
        facts.computeIfPresent(userId, (id, f) -> new SignInFacts(f.phone(), true, f.provider()));
    }

    @Override
    public Optional<SignInFacts> facts(UUID userId) {
        return Optional.ofNullable(facts.get(userId));
    }
}
