package io.ensemble.feed;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The dotted event type names of the integrator feed and of webhook subscriptions (issue 26 §1-2).
 * A name is stable once published; add names, never rename one.
 */
public final class FeedTypes {
    public static final String USER_CREATED = "user.created";
    public static final String ORDER_PLACED = "order.placed";
    public static final String ORDER_TRANSITIONED = "order.transitioned";
    public static final String USER_VERIFIED = "user.verified";
    public static final String CONNECTION_REQUESTED = "connection.requested";
    public static final String CONNECTION_ACCEPTED = "connection.accepted";
    public static final String EVENT_CREATED = "event.created";
    public static final String EVENT_RSVP = "event.rsvp";
    public static final String PAYMENT_SUCCEEDED = "payment.succeeded";
    public static final String PAYMENT_REFUNDED = "payment.refunded";
    public static final String USER_SUSPENDED = "user.suspended";
    public static final String USER_UNSUSPENDED = "user.unsuspended";
    public static final String USER_DELETED = "user.deleted";
    public static final String PROFILE_UPDATED = "profile.updated";
    public static final String MESSAGE_SENT = "message.sent";
    public static final String PAYOUT_PAID = "payout.paid";
    public static final String PAYOUT_FAILED = "payout.failed";
    public static final String TICKET_PURCHASED = "ticket.purchased";
    public static final String TICKET_REFUNDED = "ticket.refunded";
    public static final String REPORT_FILED = "report.filed";
    /** Every type an event of the feed may carry. */
    public static final Set<String> ALL = Set.of(USER_CREATED, USER_VERIFIED, ORDER_PLACED, ORDER_TRANSITIONED,
            CONNECTION_REQUESTED, CONNECTION_ACCEPTED, EVENT_CREATED, EVENT_RSVP, PAYMENT_SUCCEEDED, PAYMENT_REFUNDED,
            USER_SUSPENDED, USER_UNSUSPENDED, USER_DELETED, PROFILE_UPDATED, MESSAGE_SENT, PAYOUT_PAID, PAYOUT_FAILED,
            TICKET_PURCHASED, TICKET_REFUNDED, REPORT_FILED);
    /** Subscribes to every type (webhook endpoints only). */
    public static final String WILDCARD = "*";

    private FeedTypes() {
    }

    /**
     * Parses a comma-separated list ({@code ?types=a,b}); blanks are ignored.
     *
     * @return the names, sorted; empty for null or blank input (meaning every type)
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code field} for an unknown name
     */
    public static Set<String> parseList(String field, String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        return checked(field, Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList(), false);
    }

    /**
     * @param allowWildcard whether {@link #WILDCARD} is accepted
     * @return the names, sorted
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code field} for an unknown name
     */
    public static Set<String> checked(String field, List<String> names, boolean allowWildcard) {
        Set<String> out = new TreeSet<>();
        for (String name : names) {
            boolean known = name != null && (ALL.contains(name) || (allowWildcard && WILDCARD.equals(name)));
            if (!known) {
                throw new io.ensemble.shared.errors.ValidationFailed(List.of(new io.ensemble.shared.errors.FieldError(
                        field, "unknown event type " + name + "; known: " + ALL.stream().sorted()
                        .collect(Collectors.joining(", ")))));
            }
            out.add(name);
        }
        return out;
    }
}
