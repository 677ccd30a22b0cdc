package io.ensemble.profiles;

import io.ensemble.shared.errors.Conflict;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** In-memory profile and category ports; a case-insensitive username clash is a {@code USERNAME_TAKEN} conflict. */
public final class InMemoryProfiles implements ProfileRepository, CategoryRepository {
    private final Map<UUID, Profile> rows = new LinkedHashMap<>();
    private final List<Category> categories = List.of(new Category("beauty", "Beauty"), new Category("hair", "Hair"),
            new Category("music", "Music"));

    @Override
    public synchronized Optional<Profile> find(UUID userId) {
        return Optional.ofNullable(rows.get(userId));
    }

    @Override
    public synchronized void save(Profile profile) {
        boolean clash = !profile.username().isEmpty() && rows.values().stream()
                .anyMatch(p -> !p.userId().equals(profile.userId()) && p.username().equalsIgnoreCase(profile.username()));
        if (clash) {
            throw new Conflict("USERNAME_TAKEN", "taken");
        }
        rows.put(profile.userId(), profile);
    }

    /** Replaces the avatar of a stored profile (the fake does not create bare profiles). */
    @Override
    public synchronized void setAvatar(UUID userId, String avatarUrl, java.time.Instant at) {
        Profile p = rows.get(userId);
        if (p != null) {
            rows.put(userId, p.with(b -> b.avatarUrl = avatarUrl));
        }
    }

    @Override
    public synchronized void setVerified(UUID userId, boolean verified, java.time.Instant at) {
        Profile p = rows.get(userId);
        if (p != null) {
            rows.put(userId, p.with(b -> b.verified = verified));
        }
    }

    /** @return how many profiles are stored */
    public synchronized int size() {
        return rows.size();
    }

    @Override
    public List<Category> all() {
        return categories;
    }

    @Override
    public Set<String> existing(Collection<String> slugs) {
        Set<String> out = new HashSet<>();
        categories.forEach(c -> {
            if (slugs.contains(c.slug())) {
                out.add(c.slug());
            }
        });
        return out;
    }
}
