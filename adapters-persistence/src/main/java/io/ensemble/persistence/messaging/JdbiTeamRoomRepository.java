package io.ensemble.persistence.messaging;

import io.ensemble.messaging.Conversation;
import io.ensemble.messaging.TeamRoomRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@link TeamRoomRepository} on {@code conversations} and {@code conversation_members}: the partial
 * unique index {@code conversations_team_room_key} keeps one room with {@code subject_type = 'AGENCY'},
 * and the reconcile is two set statements (insert the missing active MEMBER/ADMIN accounts, delete
 * the rest), so concurrent calls converge.
 */
public final class JdbiTeamRoomRepository implements TeamRoomRepository {
    private static final String INSERT = """
            INSERT INTO conversations (id, type, name, owner_id, subject_type, last_seq, created_at, updated_at)
            VALUES (:id, 'GROUP', :name, :ownerId, :subject, 0, :at, :at)
            ON CONFLICT (subject_type) WHERE subject_type = 'AGENCY' DO NOTHING
            """;
    private static final String ADOPT = """
            UPDATE conversations SET owner_id = :ownerId
             WHERE subject_type = :subject AND owner_id IS NULL
            """;
    private static final String FIND = "SELECT id FROM conversations WHERE subject_type = :subject";
    private static final String JOIN = """
            INSERT INTO conversation_members (conversation_id, user_id, last_read_seq, joined_at)
            SELECT :roomId, u.id, 0, :at FROM users u
             WHERE u.role IN ('MEMBER', 'ADMIN') AND u.status = 'ACTIVE'
            ON CONFLICT (conversation_id, user_id) DO NOTHING
            RETURNING user_id
            """;
    private static final String LEAVE = """
            DELETE FROM conversation_members cm USING users u
             WHERE cm.conversation_id = :roomId AND u.id = cm.user_id
               AND NOT (u.role IN ('MEMBER', 'ADMIN') AND u.status = 'ACTIVE')
            RETURNING cm.user_id
            """;

    private final JdbiHandles handles;

    /** @param handles the shared JDBI handles (joins the caller's transaction when there is one) */
    public JdbiTeamRoomRepository(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public UUID ensure(Conversation candidate) {
        return handles.with(h -> {
            UUID owner = candidate.ownerId().orElseThrow();
            h.createUpdate(INSERT).bind("id", candidate.id()).bind("name", candidate.name().orElseThrow())
                    .bind("ownerId", owner).bind("subject", SUBJECT)
                    .bind("at", SqlTime.at(candidate.createdAt())).execute();
            h.createUpdate(ADOPT).bind("ownerId", owner).bind("subject", SUBJECT).execute();
            return h.createQuery(FIND).bind("subject", SUBJECT).mapTo(UUID.class).one();
        });
    }

    @Override
    public Sync sync(UUID roomId, Instant at) {
        return handles.with(h -> {
            List<UUID> joined = h.createQuery(JOIN).bind("roomId", roomId).bind("at", SqlTime.at(at))
                    .mapTo(UUID.class).list();
            List<UUID> left = h.createQuery(LEAVE).bind("roomId", roomId).mapTo(UUID.class).list();
            return new Sync(joined, left);
        });
    }
}
