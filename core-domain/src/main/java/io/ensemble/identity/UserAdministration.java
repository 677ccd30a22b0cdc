package io.ensemble.identity;

import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Admin reads of accounts (seeds/001 §Admin {@code GET /users} and {@code GET /users/:userId}; issue 20 §1).
 * Every method checks the ADMIN role first, so a non-admin gets 403 whatever they send.
 */
public final class UserAdministration {
    private final FindUsers users;
    private final UserListing listing;

    public UserAdministration(FindUsers users, UserListing listing) {
        this.users = Objects.requireNonNull(users, "users");
        this.listing = Objects.requireNonNull(listing, "listing");
    }

    /**
     * One page of accounts, newest first.
     *
     * @param q name or e-mail text; @param role a role name; @param status ACTIVE or SUSPENDED (each may be null)
     * @throws io.ensemble.shared.errors.Forbidden when the caller is not an ADMIN
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code q}, {@code role}, {@code status} or {@code cursor}
     */
    public Page<User> listUsers(Caller admin, String q, String role, String status, PageRequest page) {
        Admins.require(admin);
        UserFilter filter = UserFilter.parse(q, role, status);
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(listing.find(filter, after, page.limit() + 1), page.limit(),
                u -> new Cursor(u.createdAt(), u.id()).encode());
    }

    /**
     * @return the account {@code userId}, in any status
     * @throws io.ensemble.shared.errors.Forbidden when the caller is not an ADMIN
     * @throws NotFound when no such account exists
     */
    public User user(Caller admin, UUID userId) {
        Admins.require(admin);
        return users.findById(userId).orElseThrow(() -> new NotFound("No such user."));
    }
}
