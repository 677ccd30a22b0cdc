package io.ensemble.web.social;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bodies of the scraping routes of seeds/001 §Social Media. Unknown fields are ignored. */
final class ScrapeRequests {
    private ScrapeRequests() {
    }

    /** {@code POST /instagram/connect}, {@code /tiktok/connect-public}: {@code {"username": "name"}}. */
    record Connect(String username) {
        static final Connect EMPTY = new Connect(null);
    }

    /** {@code POST /instagram/sync}, {@code /tiktok/public/sync}: {@code {"accountId": "uuid"}}, optional. */
    record Sync(String accountId) {
        /**
         * @return the account id, empty when not sent
         * @throws ValidationFailed naming {@code accountId} when it is not a UUID
         */
        Optional<UUID> id() {
            if (accountId == null || accountId.isBlank()) {
                return Optional.empty();
            }
            try {
                UUID id = UUID.fromString(accountId);
                if (id.toString().equalsIgnoreCase(accountId)) {
                    return Optional.of(id);
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new ValidationFailed(List.of(new FieldError("accountId", "must be an account id")));
        }
    }
}
