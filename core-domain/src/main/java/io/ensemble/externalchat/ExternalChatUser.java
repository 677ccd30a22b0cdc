package io.ensemble.externalchat;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user as the hosted chat shows them.
 *
 * @param id the Ensemble user id (the provider's user id is its string form)
 * @param name the display name
 * @param image the profile picture URL, when there is one
 */
public record ExternalChatUser(UUID id, String name, Optional<String> image) {
    /** @throws NullPointerException when a component is null */
    public ExternalChatUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
    }
}
