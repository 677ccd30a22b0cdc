package io.ensemble.connections;

import io.ensemble.identity.Caller;
import io.ensemble.identity.User;
import io.ensemble.identity.FindUsers;
import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationType;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Connection requests between users (seeds/001 §Connections, issue 5 §3): send, list sent and
 * received, accept, reject, list accepted. Only the receiver may accept or reject; anyone else gets
 * {@link NotFound}. Notifications are published in the same transaction as the change.
 */
public final class ConnectionService {
    private final FindUsers users;
    private final ConnectionRepository connections;
    private final NotificationPublisher notifications;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final io.ensemble.shared.outbox.Outbox outbox;

    public ConnectionService(FindUsers users, ConnectionRepository connections,
                             NotificationPublisher notifications, Transactions transactions, IdGenerator ids,
                             Clock clock, io.ensemble.shared.outbox.Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.users = Objects.requireNonNull(users, "users");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Asks {@code command.receiver()} to connect and notifies them ({@code CONNECTION_REQUEST}).
     * When the receiver already has a PENDING request to the caller, that request is accepted
     * instead (both wanted it) and its requester is notified ({@code CONNECTION_ACCEPTED}).
     *
     * @return a listing of the new PENDING request, or of the crossing request now ACCEPTED, with
     *     the receiver's public info
     * @throws ValidationFailed (field {@code receiverId}) for a request to oneself
     * @throws NotFound when the receiver does not exist or is not active
     * @throws Conflict {@code REQUEST_PENDING} when the caller already asked them,
     *     {@code ALREADY_CONNECTED} when they are connected, {@code CONNECTION_EXISTS} when a
     *     concurrent request between the pair committed first
     */
    public RequestListing requestConnection(Caller caller, SendConnectionRequest command) {
        UUID me = caller.userId();
        UUID them = command.receiver();
        if (me.equals(them)) {
            throw new ValidationFailed(List.of(new FieldError("receiverId", "cannot be yourself")));
        }
        return transactions.inTransaction(() -> {
            PublicUser receiver = users.findById(them).filter(User::active)
                    .filter(u -> !connections.blockedEitherWay(me, them)).map(ConnectionService::publicUser)
                    .orElseThrow(() -> new NotFound("No such user."));
            PublicUser requester = activeUser(me);
            Instant now = clock.instant();
            Optional<ConnectionRequest> open = connections.findOpenBetween(me, them);
            if (open.isPresent()) {
                ConnectionRequest existing = open.get();
                if (existing.status() == ConnectionStatus.ACCEPTED) {
                    throw new Conflict("ALREADY_CONNECTED", "You are already connected with this user.");
                }
                if (existing.requesterId().equals(me)) {
                    throw new Conflict("REQUEST_PENDING", "You already sent this user a request; wait for an answer.");
                }
                return new RequestListing(accept(existing, requester, now), receiver);
            }
            ConnectionRequest request = new ConnectionRequest(ids.newId(), me, them, command.note(),
                    ConnectionStatus.PENDING, now, Optional.empty());
            connections.insert(request);
            outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(), new ConnectionEvent.Requested(
                    request.id(), me, them, now), now));
            notifications.publish(new NewNotification(them, NotificationType.CONNECTION_REQUEST,
                    "New connection request", requester.name() + " wants to connect with you.",
                    Optional.of(me), Optional.of(request.id())));
            return new RequestListing(request, receiver);
        });
    }

    /**
     * Accepts a PENDING request addressed to the caller and notifies its requester.
     *
     * @return the ACCEPTED request with the requester's public info
     * @throws NotFound when there is no such request or the caller is not its receiver
     * @throws Conflict {@code REQUEST_NOT_PENDING} when it was already accepted or rejected
     */
    public RequestListing acceptConnection(Caller caller, UUID requestId) {
        return transactions.inTransaction(() -> {
            ConnectionRequest request = receivedRequest(caller, requestId);
            PublicUser me = activeUser(caller.userId());
            ConnectionRequest accepted = accept(request, me, clock.instant());
            return new RequestListing(accepted, userOrThrow(request.requesterId()));
        });
    }

    /**
     * Rejects a PENDING request addressed to the caller (the requester is not notified).
     *
     * @return the REJECTED request with the requester's public info
     * @throws NotFound when there is no such request or the caller is not its receiver
     * @throws Conflict {@code REQUEST_NOT_PENDING} when it was already accepted or rejected
     */
    public RequestListing rejectConnection(Caller caller, UUID requestId) {
        return transactions.inTransaction(() -> {
            ConnectionRequest request = receivedRequest(caller, requestId);
            Instant now = clock.instant();
            if (!connections.respond(request.id(), caller.userId(), ConnectionStatus.REJECTED, now)) {
                throw notPending();
            }
            return new RequestListing(request.respond(ConnectionStatus.REJECTED, now),
                    userOrThrow(request.requesterId()));
        });
    }

    /** The caller's PENDING sent requests, newest first. @throws ValidationFailed for a foreign cursor */
    public Page<RequestListing> sentRequests(Caller caller, PageRequest page) {
        return page(page, after -> connections.pendingSent(caller.userId(), after, page.limit() + 1),
                l -> l.request().createdAt());
    }

    /** The caller's PENDING received requests, newest first. @throws ValidationFailed for a foreign cursor */
    public Page<RequestListing> receivedRequests(Caller caller, PageRequest page) {
        return page(page, after -> connections.pendingReceived(caller.userId(), after, page.limit() + 1),
                l -> l.request().createdAt());
    }

    /** The caller's connections, most recently connected first. @throws ValidationFailed for a foreign cursor */
    public Page<RequestListing> acceptedConnections(Caller caller, PageRequest page) {
        return page(page, after -> connections.accepted(caller.userId(), after, page.limit() + 1),
                l -> l.request().respondedAt().orElseThrow());
    }

    private ConnectionRequest accept(ConnectionRequest request, PublicUser accepter, Instant now) {
        if (!connections.respond(request.id(), accepter.id(), ConnectionStatus.ACCEPTED, now)) {
            throw notPending();
        }
        outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                new ConnectionEvent.Accepted(request.id(), request.requesterId(), request.receiverId(), now), now));
        notifications.publish(new NewNotification(request.requesterId(), NotificationType.CONNECTION_ACCEPTED,
                "Connection accepted", accepter.name() + " accepted your connection request.",
                Optional.of(accepter.id()), Optional.of(request.id())));
        return request.respond(ConnectionStatus.ACCEPTED, now);
    }

    private ConnectionRequest receivedRequest(Caller caller, UUID requestId) {
        ConnectionRequest request = connections.findById(requestId)
                .filter(r -> r.receiverId().equals(caller.userId()))
                .orElseThrow(() -> new NotFound("No such connection request."));
        if (request.status() != ConnectionStatus.PENDING) {
            throw notPending();
        }
        return request;
    }

    private PublicUser activeUser(UUID id) {
        return users.findById(id).filter(User::active).map(ConnectionService::publicUser)
                .orElseThrow(() -> new NotFound("No such user."));
    }

    private PublicUser userOrThrow(UUID id) {
        return users.findById(id).map(ConnectionService::publicUser)
                .orElseThrow(() -> new NotFound("No such user."));
    }

    private static PublicUser publicUser(User u) {
        return new PublicUser(u.id(), u.name(), u.role());
    }

    private static Conflict notPending() {
        return new Conflict("REQUEST_NOT_PENDING", "This request was already answered.");
    }

    private static Page<RequestListing> page(PageRequest page,
                                             Function<Optional<Cursor>, List<RequestListing>> fetch,
                                             Function<RequestListing, Instant> sortKey) {
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(fetch.apply(after), page.limit(),
                l -> new Cursor(sortKey.apply(l), l.request().id()).encode());
    }
}
