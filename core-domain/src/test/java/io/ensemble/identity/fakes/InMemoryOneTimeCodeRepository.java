package io.ensemble.identity.fakes;

import io.ensemble.identity.OneTimeCode;
import io.ensemble.identity.OneTimeCodeRepository;
import io.ensemble.identity.OtpPurpose;
import io.ensemble.testing.Snapshottable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One-time codes in insertion order, with the port's compare-and-set semantics. */
public final class InMemoryOneTimeCodeRepository implements OneTimeCodeRepository, Snapshottable {
    private final Map<UUID, OneTimeCode> codes = new LinkedHashMap<>();

    @Override
    public synchronized void replace(OneTimeCode code) {
        if (codes.containsKey(code.id())) {
            throw new IllegalStateException("duplicate code id " + code.id());
        }
        for (Map.Entry<UUID, OneTimeCode> e : codes.entrySet()) {
            OneTimeCode c = e.getValue();
            if (c.userId().equals(code.userId()) && c.purpose() == code.purpose() && c.consumedAt().isEmpty()) {
                e.setValue(withConsumed(c, code.createdAt()));
            }
        }
        codes.put(code.id(), code);
    }

    @Override
    public synchronized Optional<OneTimeCode> findLatestUnspent(UUID userId, OtpPurpose purpose) {
        OneTimeCode latest = null;
        for (OneTimeCode c : codes.values()) {
            if (c.userId().equals(userId) && c.purpose() == purpose && c.consumedAt().isEmpty()) {
                latest = c;
            }
        }
        return Optional.ofNullable(latest);
    }

    @Override
    public synchronized Optional<OneTimeCode> findUnspentByHash(OtpPurpose purpose, String codeHash) {
        return codes.values().stream()
                .filter(c -> c.purpose() == purpose && c.codeHash().equals(codeHash) && c.consumedAt().isEmpty())
                .findFirst();
    }

    @Override
    public synchronized Optional<Instant> lastIssuedAt(UUID userId, OtpPurpose purpose) {
        return codes.values().stream()
                .filter(c -> c.userId().equals(userId) && c.purpose() == purpose)
                .map(OneTimeCode::createdAt)
                .max(Instant::compareTo);
    }

    @Override
    public synchronized Optional<Integer> claimAttempt(UUID codeId, int maxAttempts) {
        OneTimeCode c = codes.get(codeId);
        if (c == null || c.consumedAt().isPresent() || c.attempts() >= maxAttempts) {
            return Optional.empty();
        }
        int next = c.attempts() + 1;
        codes.put(codeId, new OneTimeCode(c.id(), c.userId(), c.purpose(), c.codeHash(), next,
                c.createdAt(), c.expiresAt(), c.consumedAt()));
        return Optional.of(next);
    }

    @Override
    public synchronized boolean consume(UUID codeId, Instant at) {
        OneTimeCode c = codes.get(codeId);
        if (c == null || c.consumedAt().isPresent()) {
            return false;
        }
        codes.put(codeId, withConsumed(c, at));
        return true;
    }

    public synchronized List<OneTimeCode> all() {
        return List.copyOf(codes.values());
    }

    public synchronized List<OneTimeCode> of(UUID userId, OtpPurpose purpose) {
        return codes.values().stream().filter(c -> c.userId().equals(userId) && c.purpose() == purpose).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        List<OneTimeCode> copy = new ArrayList<>(codes.values());
        return () -> {
            synchronized (this) {
                codes.clear();
                copy.forEach(c -> codes.put(c.id(), c));
            }
        };
    }

    private static OneTimeCode withConsumed(OneTimeCode c, Instant at) {
        return new OneTimeCode(c.id(), c.userId(), c.purpose(), c.codeHash(), c.attempts(),
                c.createdAt(), c.expiresAt(), Optional.of(at));
    }
}
