package io.ensemble.persistence.messaging;

/**
 * SQL fragments over {@code user_blocks} (issue 27 §Blocking) that chat queries add to their own
 * statement, so a block costs no extra round trip.
 */
final class UserBlocks {
    /** True when {@code users} (the row's table) and {@code :me} are not blocked either way. */
    static final String NONE_WITH_ME = "NOT EXISTS (SELECT 1 FROM user_blocks b"
            + " WHERE (b.blocker_id = :me AND b.blocked_id = users.id)"
            + " OR (b.blocker_id = users.id AND b.blocked_id = :me))";
    /**
     * Selects a row when {@code p.conversation_id} is a DIRECT conversation whose two members
     * blocked each other either way (members' sends refuse it as for a non-member).
     */
    static final String IN_DIRECT = """
            SELECT 1 FROM conversations dc JOIN user_blocks b
                       ON (b.blocker_id = dc.direct_low AND b.blocked_id = dc.direct_high)
                       OR (b.blocker_id = dc.direct_high AND b.blocked_id = dc.direct_low)
                     WHERE dc.id = p.conversation_id AND dc.type = 'DIRECT'""";

    private UserBlocks() {
    }
}
