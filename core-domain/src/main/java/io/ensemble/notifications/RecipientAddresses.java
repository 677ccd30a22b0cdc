package io.ensemble.notifications;

import java.util.Optional;
import java.util.UUID;

/** Port to the identity context: where to email a user. */
public interface RecipientAddresses {
    /** @return the email address of an ACTIVE account; empty for unknown, suspended or deleted users */
    Optional<String> emailOf(UUID userId);
}
