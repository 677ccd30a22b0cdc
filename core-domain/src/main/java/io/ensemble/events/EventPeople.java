package io.ensemble.events;

import io.ensemble.identity.FindUsers;
import io.ensemble.identity.User;
import io.ensemble.profiles.FindProfiles;
import io.ensemble.profiles.Profile;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Names and avatars of hosts and attendees (issue 21 §1-2), read through identity's {@link FindUsers}
 * and profiles' {@link FindProfiles}: the profile's display name and avatar when set, else the account name.
 */
public final class EventPeople {
    private final FindUsers users;
    private final FindProfiles profiles;

    /** Wires the read ports. */
    public EventPeople(FindUsers users, FindProfiles profiles) {
        this.users = Objects.requireNonNull(users, "users");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** @return the person with {@code userId}; a deleted account shows as "Deleted user" */
    public EventPerson of(UUID userId) {
        Optional<Profile> profile = profiles.find(userId);
        String name = profile.map(Profile::displayName).filter(n -> n != null && !n.isBlank())
                .or(() -> users.findById(userId).map(User::name))
                .orElse("Deleted user");
        Optional<String> avatar = profile.map(Profile::avatarUrl).filter(a -> a != null && !a.isBlank());
        return new EventPerson(userId, name, avatar);
    }
}
