package io.ensemble.persistence.agency;

import io.ensemble.agency.Meeting;
import io.ensemble.agency.MeetingRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link MeetingRepository} on {@code agency_meetings} and {@code agency_meeting_attendees} (migrations/agency/002).
 * A meeting's end is {@code starts_at + duration_minutes}; overlaps compare half-open intervals. Every method
 * throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiMeetingRepository extends JdbiRepository implements MeetingRepository {
    private static final String COLUMNS = "m.id, m.title, m.starts_at, m.duration_minutes, m.location, m.link,"
            + " m.notes, m.cancelled, m.sequence, m.created_at, m.updated_at, ARRAY(SELECT a.user_id FROM"
            + " agency_meeting_attendees a WHERE a.meeting_id = m.id ORDER BY a.user_id) AS attendees";
    private static final String INSERT = "INSERT INTO agency_meetings (id, title, starts_at, duration_minutes,"
            + " location, link, notes, cancelled, sequence, created_at, updated_at) VALUES (:id, :title, :startsAt,"
            + " :minutes, :location, :link, :notes, :cancelled, :sequence, :createdAt, :updatedAt)";
    private static final String UPDATE = "UPDATE agency_meetings SET title = :title, starts_at = :startsAt,"
            + " duration_minutes = :minutes, location = :location, link = :link, notes = :notes,"
            + " cancelled = :cancelled, sequence = :sequence, updated_at = :updatedAt WHERE id = :id";
    private static final String END = " + make_interval(mins => m.duration_minutes)";
    private static final String OVERLAPS = "SELECT a.user_id, m.id, m.title, m.starts_at, m.starts_at" + END
            + " AS ends_at FROM agency_meetings m JOIN agency_meeting_attendees a ON a.meeting_id = m.id"
            + " WHERE a.user_id = ANY(:users) AND NOT m.cancelled AND m.id <> :except"
            + " AND m.starts_at < :end AND m.starts_at" + END + " > :start ORDER BY m.starts_at, m.id, a.user_id";
    private static final String DUE = "SELECT a.meeting_id, a.user_id FROM agency_meetings m"
            + " JOIN agency_meeting_attendees a ON a.meeting_id = m.id AND a.reminded_at IS NULL"
            + " WHERE NOT m.cancelled AND m.starts_at > :from AND m.starts_at <= :to"
            + " ORDER BY m.starts_at, a.meeting_id, a.user_id LIMIT :max";
    private static final String REMIND_AGAIN = "UPDATE agency_meeting_attendees a SET reminded_at = NULL"
            + " FROM agency_meetings m WHERE m.id = a.meeting_id AND m.id = :id AND m.starts_at <> :startsAt";
    private static final String REMINDED = "UPDATE agency_meeting_attendees SET reminded_at = :at"
            + " WHERE meeting_id = :meetingId AND user_id = :userId AND reminded_at IS NULL";
    private static final RowMapper<Meeting> ROW = (rs, ctx) -> new Meeting(rs.getObject("id", UUID.class),
            rs.getString("title"), SqlTime.read(rs, "starts_at"), rs.getInt("duration_minutes"),
            Arrays.asList((UUID[]) rs.getArray("attendees").getArray()), Optional.ofNullable(rs.getString("location")),
            Optional.ofNullable(rs.getString("link")), Optional.ofNullable(rs.getString("notes")),
            rs.getBoolean("cancelled"), rs.getInt("sequence"), SqlTime.read(rs, "created_at"),
            SqlTime.read(rs, "updated_at"));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiMeetingRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void insert(Meeting m) {
        handles.use(h -> {
            write(h, INSERT, m);
            attendees(h, m);
        });
    }

    /** Replaces the meeting; when its start moves, its attendees are reminded again before the new start. */
    @Override
    public void update(Meeting m) {
        handles.use(h -> {
            h.createUpdate(REMIND_AGAIN).bind("id", m.id()).bind("startsAt", SqlTime.at(m.startsAt())).execute();
            write(h, UPDATE, m);
            h.createUpdate("DELETE FROM agency_meeting_attendees WHERE meeting_id = :id AND NOT (user_id = ANY(:users))")
                    .bind("id", m.id()).bindArray("users", UUID.class, m.attendeeIds()).execute();
            attendees(h, m);
        });
    }

    private static void write(Handle h, String sql, Meeting m) {
        h.createUpdate(sql).bind("id", m.id()).bind("title", m.title()).bind("startsAt", SqlTime.at(m.startsAt()))
                .bind("minutes", m.durationMinutes()).bind("location", m.location().orElse(null))
                .bind("link", m.link().orElse(null)).bind("notes", m.notes().orElse(null))
                .bind("cancelled", m.cancelled()).bind("sequence", m.sequence())
                .bind("createdAt", SqlTime.at(m.createdAt())).bind("updatedAt", SqlTime.at(m.updatedAt())).execute();
    }

    private static void attendees(Handle h, Meeting m) {
        for (UUID user : m.attendeeIds()) {
            h.createUpdate("INSERT INTO agency_meeting_attendees (meeting_id, user_id) VALUES (:id, :user)"
                    + " ON CONFLICT DO NOTHING").bind("id", m.id()).bind("user", user).execute();
        }
    }

    @Override
    public Optional<Meeting> findById(UUID id) {
        return handles.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM agency_meetings m WHERE m.id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public List<Meeting> list(Optional<UUID> attendee, Optional<Instant> from, Optional<Instant> to, int max) {
        List<String> where = new ArrayList<>(List.of("true"));
        attendee.ifPresent(a -> where.add("EXISTS (SELECT 1 FROM agency_meeting_attendees x WHERE x.meeting_id = m.id"
                + " AND x.user_id = :attendee)"));
        from.ifPresent(f -> where.add("m.starts_at >= :from"));
        to.ifPresent(t -> where.add("m.starts_at < :to"));
        String sql = "SELECT " + COLUMNS + " FROM agency_meetings m WHERE " + String.join(" AND ", where)
                + " ORDER BY m.starts_at, m.id LIMIT :max";
        return handles.with(h -> {
            var q = h.createQuery(sql).bind("max", max);
            attendee.ifPresent(a -> q.bind("attendee", a));
            from.ifPresent(f -> q.bind("from", SqlTime.at(f)));
            to.ifPresent(t -> q.bind("to", SqlTime.at(t)));
            return q.map(ROW).list();
        });
    }

    @Override
    public List<Overlap> overlapping(List<UUID> attendees, Instant start, Instant end, UUID except) {
        if (attendees.isEmpty()) {
            return List.of();
        }
        return handles.with(h -> h.createQuery(OVERLAPS).bindArray("users", UUID.class, attendees)
                .bind("except", except).bind("start", SqlTime.at(start)).bind("end", SqlTime.at(end))
                .map((rs, ctx) -> new Overlap(rs.getObject("user_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("title"), SqlTime.read(rs, "starts_at"), SqlTime.read(rs, "ends_at"))).list());
    }

    @Override
    public List<Due> dueReminders(Instant from, Instant to, int max) {
        return handles.with(h -> h.createQuery(DUE).bind("from", SqlTime.at(from)).bind("to", SqlTime.at(to))
                .bind("max", max).map((rs, ctx) -> new Due(rs.getObject("meeting_id", UUID.class),
                        rs.getObject("user_id", UUID.class))).list());
    }

    @Override
    public boolean markReminded(UUID meetingId, UUID userId, Instant at) {
        return handles.with(h -> h.createUpdate(REMINDED).bind("meetingId", meetingId).bind("userId", userId)
                .bind("at", SqlTime.at(at)).execute()) == 1;
    }
}
