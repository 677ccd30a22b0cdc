package io.ensemble.apikeys;

import io.ensemble.identity.Caller;
import io.ensemble.identity.FindUsers;
import io.ensemble.identity.User;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The user a server's API key acts for on routes that act as a person (issue 26 §3: "a message sent
 * with a key is from the user named in {@code On-Behalf-Of} when the scope allows"). The key must carry
 * the route's scope (checked by the caller); the named account must exist and be active. The resulting
 * {@link Caller} carries that user's id and role with the key's id as its session, so every rule of the
 * route (membership, blocks, rate limits) applies to the user exactly as if they had called.
 */
public final class OnBehalfOf {
    /** The request header naming the user, a UUID. */
    public static final String HEADER = "On-Behalf-Of";

    private final FindUsers users;

    /** @param users account lookups */
    public OnBehalfOf(FindUsers users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    /**
     * @param key the authenticated key (its id becomes the caller's session id)
     * @param header the {@value #HEADER} header value, or null when absent
     * @return the caller acting as the named user
     * @throws ValidationFailed naming {@value #HEADER} when absent, not a UUID, or not an active account
     */
    public Caller caller(ApiKey key, String header) {
        Objects.requireNonNull(key, "key");
        if (header == null || header.isBlank()) {
            throw invalid("required: the id of the user this request acts for");
        }
        UUID id;
        try {
            id = UUID.fromString(header.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("must be a user id (UUID)");
        }
        User user = users.findById(id).filter(User::active)
                .orElseThrow(() -> invalid("names no active user"));
        return new Caller(user.id(), user.role(), key.id());
    }

    private static ValidationFailed invalid(String message) {
        return new ValidationFailed(List.of(new FieldError(HEADER, message)));
    }
}
