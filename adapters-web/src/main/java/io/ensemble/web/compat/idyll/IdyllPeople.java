package io.ensemble.web.compat.idyll;

import io.ensemble.identity.FindUsers;
import io.ensemble.identity.User;
import io.ensemble.profiles.FindProfiles;
import io.ensemble.profiles.Profile;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a team member is in seeds/003's bodies, {@code user = {id, name, role, avatar}} (role lower case,
 * avatar null until the profile has one), read through {@link FindUsers} and {@link FindProfiles} and
 * kept for {@link #TTL_NANOS} so a message fanned out to many sockets looks its sender up once.
 */
public final class IdyllPeople {
    /** How long a looked-up person is reused: one minute. */
    static final long TTL_NANOS = 60_000_000_000L;
    private static final int MAX_ENTRIES = 2_000;

    private final FindUsers users;
    private final FindProfiles profiles;
    private final Map<UUID, Entry> cache = new ConcurrentHashMap<>();

    /** @param users account names and roles; @param profiles avatars */
    public IdyllPeople(FindUsers users, FindProfiles profiles) {
        this.users = users;
        this.profiles = profiles;
    }

    /**
     * The seed's user object: {@code {id, name, role, avatar}}.
     *
     * @param id who
     * @param name display name ({@code "Unknown"} for an erased account)
     * @param role lower case, e.g. {@code member}
     * @param avatar picture URL or null
     */
    public record Person(String id, String name, String role, String avatar) {
    }

    /** @return the person {@code id} (an unknown id gets the name {@code Unknown}, role {@code member}) */
    public Person of(UUID id) {
        long now = System.nanoTime();
        Entry e = cache.get(id);
        if (e != null && now - e.at < TTL_NANOS) {
            return e.person;
        }
        Person p = users.findById(id).map(this::person)
                .orElse(new Person(id.toString(), "Unknown", "member", null));
        if (cache.size() > MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(id, new Entry(p, now));
        return p;
    }

    /** @return the seed's role name of {@code user}, e.g. {@code admin} */
    static String roleName(io.ensemble.identity.Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private Person person(User u) {
        String avatar = profiles.find(u.id()).map(Profile::avatarUrl).filter(s -> !s.isBlank()).orElse(null);
        return new Person(u.id().toString(), u.name(), roleName(u.role()), avatar);
    }

    private record Entry(Person person, long at) {
    }
}
