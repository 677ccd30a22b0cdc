package io.ensemble.connections;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Admin reads of connections (seeds/001 §Admin {@code GET /connections}; issue 20 §1). The caller's role is
 * checked before any input is read, so a non-admin gets 403 whatever they send.
 */
public final class ConnectionAdministration {
    private final ConnectionListing listing;

    public ConnectionAdministration(ConnectionListing listing) {
        this.listing = Objects.requireNonNull(listing, "listing");
    }

    /**
     * One page of every connection request matching the filters, newest first.
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code status}, {@code userId}, {@code from},
     *     {@code to} or {@code cursor} (see {@link ConnectionFilter#parse})
     */
    public Page<ConnectionRequest> allConnections(Caller admin, String status, String userId, String from, String to,
                                                  PageRequest page) {
        requireAdmin(admin);
        ConnectionFilter filter = ConnectionFilter.parse(status, userId, from, to);
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(listing.findAll(filter, after, page.limit() + 1), page.limit(),
                r -> new Cursor(r.createdAt(), r.id()).encode());
    }

    /**
     * @return the request counts of {@code userId} by state
     * @throws Forbidden when the caller is not an ADMIN
     */
    public ConnectionCounts counts(Caller admin, UUID userId) {
        requireAdmin(admin);
        return listing.countsFor(userId);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can list every connection.");
        }
    }
}
