package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.paging.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The agency's team chat (seeds/003 §Chat, issue 22 §1): one GROUP conversation, subject the agency,
 * whose members are every active MEMBER and ADMIN. Reading and writing go through
 * {@link MessagingService} (the one send path: seq, outbox, realtime after commit).
 *
 * <p>Membership is kept in step by an idempotent reconcile ({@link TeamRoomRepository#sync}) that runs
 * when the room is read or joined (REST reads, {@code /ws/chat} {@code join_room}) and when a send finds
 * its sender not yet a member: an account created, activated or approved joins the room the first time
 * anyone reads it afterwards (or at its own first send); a suspended or deleted one leaves it at the
 * next read (its sessions are revoked anyway). Accounts of other roles get {@link Forbidden}.
 */
public final class TeamChat {
    /** The team room's name. */
    public static final String ROOM_NAME = "Team";

    private final TeamRoomRepository rooms;
    private final MessagingService chat;
    private final IdGenerator ids;
    private final Clock clock;
    private volatile UUID roomId;

    /** @param chat the messaging use cases every read and send goes through */
    public TeamChat(TeamRoomRepository rooms, MessagingService chat, IdGenerator ids, Clock clock) {
        this.rooms = rooms;
        this.chat = chat;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * The team room, created when absent, with its membership reconciled.
     *
     * @return the room's conversation id and what the reconcile changed
     * @throws Forbidden when the caller is not a MEMBER or ADMIN
     */
    public Room room(Caller caller) {
        UUID id = roomId(caller);
        return new Room(id, rooms.sync(id, clock.instant()));
    }

    /** The room's id, created on first use (then kept: the room is never deleted). */
    private UUID roomId(Caller caller) {
        requireStaff(caller);
        UUID known = roomId;
        if (known != null) {
            return known;
        }
        Instant now = clock.instant();
        Conversation candidate = new Conversation(ids.newId(), ConversationType.GROUP, Optional.of(ROOM_NAME),
                Optional.of(caller.userId()), Optional.of(TeamRoomRepository.SUBJECT), Optional.empty(), 0, now, now);
        UUID id = rooms.ensure(candidate);
        roomId = id;
        return id;
    }

    private static void requireStaff(Caller caller) {
        if (!caller.is(Role.MEMBER) && !caller.is(Role.ADMIN)) {
            throw new Forbidden("The team chat is for the agency's members and admins.");
        }
    }

    /**
     * A page of the team room's messages, newest first (or after a cursor); see {@link MessagingService#messages}.
     *
     * @throws Forbidden when the caller is not a MEMBER or ADMIN
     * @throws io.ensemble.shared.errors.ValidationFailed for a bad cursor
     */
    public Page<Message> messages(Caller caller, Optional<String> cursor, int limit) {
        return chat.messages(caller, room(caller).id(), cursor, Optional.empty(), limit);
    }

    /**
     * Sends a message to the team room through {@link MessagingService#send}.
     *
     * @throws Forbidden when the caller is not a MEMBER or ADMIN, or not active
     * @throws io.ensemble.shared.errors.ValidationFailed for empty or too long content
     */
    public MessagingService.Sent send(Caller caller, SendMessageCommand command) {
        UUID id = roomId(caller);
        try {
            return chat.send(caller, id, command);
        } catch (NotFound notYetMember) {
            rooms.sync(id, clock.instant()); // a new or re-activated member's first send
            return chat.send(caller, id, command);
        }
    }

    /**
     * The team room as one caller reached it.
     *
     * @param id the conversation id
     * @param sync who joined or left the room in this call's reconcile
     */
    public record Room(UUID id, TeamRoomRepository.Sync sync) {
    }
}
