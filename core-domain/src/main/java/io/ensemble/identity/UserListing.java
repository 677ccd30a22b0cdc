package io.ensemble.identity;

import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;

/** Read port of the admin user list (seeds/001 §Admin {@code GET /users}); implemented by the account repository. */
public interface UserListing {
    /**
     * Accounts matching {@code filter}, newest first ({@code createdAt DESC, id DESC}).
     *
     * @param after resume strictly after this position; empty for the first page
     * @param max how many rows at most (the caller over-fetches by one)
     */
    List<User> find(UserFilter filter, Optional<Cursor> after, int max);
}
