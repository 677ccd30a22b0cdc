package io.ensemble.agency;

import io.ensemble.identity.Caller;
import io.ensemble.identity.FindUsers;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Meetings of issue 22 §1: admins create, update and cancel; members see the meetings they attend (another
 * meeting answers {@link NotFound}). Overlaps of an attendee with their other meetings are reported with the
 * answer ({@link Scheduled#warnings()}), never refused.
 */
public final class MeetingService {
    /** Most meetings one list answers. */
    public static final int MAX_LIST = 500;

    private final MeetingRepository meetings;
    private final FindUsers users;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports. */
    public MeetingService(MeetingRepository meetings, FindUsers users, Transactions transactions,
                          IdGenerator ids, Clock clock) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.users = Objects.requireNonNull(users, "users");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A written meeting with the overlaps of its attendees (empty when none). */
    public record Scheduled(Meeting meeting, List<MeetingRepository.Overlap> warnings) {
    }

    /**
     * Creates a meeting (ADMIN only).
     *
     * @throws io.ensemble.shared.errors.Forbidden for a non-admin
     * @throws ValidationFailed naming the bad field (also an unknown or inactive attendee: {@code attendeeIds})
     */
    public Scheduled create(Caller caller, MeetingDraft draft) {
        AgencyAccess.requireAdmin(caller);
        MeetingDraft.Valid v = draft.validate();
        AgencyAccess.requireActiveUsers(users, "attendeeIds", v.attendeeIds());
        Instant now = clock.instant();
        Meeting m = new Meeting(ids.newId(), v.title(), v.startsAt(), v.durationMinutes(), v.attendeeIds(),
                v.location(), v.link(), v.notes(), false, 0, now, now);
        return transactions.inTransaction(() -> {
            meetings.insert(m);
            return scheduled(m);
        });
    }

    /**
     * Replaces a meeting's fields (ADMIN only); a cancelled meeting cannot be changed.
     *
     * @throws NotFound for an unknown meeting
     */
    public Scheduled update(Caller caller, UUID id, MeetingDraft draft) {
        AgencyAccess.requireAdmin(caller);
        MeetingDraft.Valid v = draft.validate();
        AgencyAccess.requireActiveUsers(users, "attendeeIds", v.attendeeIds());
        return transactions.inTransaction(() -> {
            Meeting old = meetings.findById(id).orElseThrow(MeetingService::notFound);
            if (old.cancelled()) {
                throw new io.ensemble.shared.errors.Conflict("MEETING_CANCELLED", "The meeting was cancelled.");
            }
            Meeting m = new Meeting(id, v.title(), v.startsAt(), v.durationMinutes(), v.attendeeIds(), v.location(),
                    v.link(), v.notes(), false, old.sequence() + 1, old.createdAt(), clock.instant());
            meetings.update(m);
            return scheduled(m);
        });
    }

    /** Cancels a meeting (ADMIN only; idempotent). @return the cancelled meeting @throws NotFound when unknown */
    public Meeting cancel(Caller caller, UUID id) {
        AgencyAccess.requireAdmin(caller);
        return transactions.inTransaction(() -> {
            Meeting old = meetings.findById(id).orElseThrow(MeetingService::notFound);
            if (old.cancelled()) {
                return old;
            }
            Meeting m = new Meeting(id, old.title(), old.startsAt(), old.durationMinutes(), old.attendeeIds(),
                    old.location(), old.link(), old.notes(), true, old.sequence() + 1, old.createdAt(),
                    clock.instant());
            meetings.update(m);
            return m;
        });
    }

    /** @return one meeting: an admin any, a member one they attend @throws NotFound otherwise */
    public Meeting meeting(Caller caller, UUID id) {
        return meetings.findById(id).filter(m -> AgencyAccess.admin(caller) || m.attends(caller.userId()))
                .orElseThrow(MeetingService::notFound);
    }

    /**
     * Meetings by start: an admin's all (or one attendee's), a member's own only.
     *
     * @param attendee an admin's filter; ignored for members
     */
    public List<Meeting> list(Caller caller, Optional<UUID> attendee, Optional<Instant> from, Optional<Instant> to) {
        Optional<UUID> who = AgencyAccess.admin(caller) ? attendee : Optional.of(caller.userId());
        return meetings.list(who, from, to, MAX_LIST);
    }

    /** @return the meetings {@code userId} attends (their calendar feed), cancelled ones included */
    public List<Meeting> calendarOf(UUID userId) {
        return meetings.list(Optional.of(userId), Optional.empty(), Optional.empty(), MAX_LIST);
    }

    private Scheduled scheduled(Meeting m) {
        return new Scheduled(m, meetings.overlapping(m.attendeeIds(), m.startsAt(), m.endsAt(), m.id()));
    }

    private static NotFound notFound() {
        return new NotFound("No such meeting.");
    }
}
