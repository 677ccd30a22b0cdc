package io.ensemble.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Persistence port of the agency's team room (issue 22 §1): the one GROUP conversation whose
 * subject is the agency ({@code subject_type = 'AGENCY'}), and its membership kept equal to the
 * active MEMBER and ADMIN accounts.
 */
public interface TeamRoomRepository {
    /** The subject type that marks the team room. */
    String SUBJECT = "AGENCY";

    /**
     * Returns the team room's id, creating it from {@code candidate} when there is none yet (safe under
     * concurrency: one room per deployment). When the stored room lost its owner (an erased account),
     * {@code candidate}'s owner becomes its owner.
     */
    UUID ensure(Conversation candidate);

    /**
     * Makes the members of {@code roomId} exactly the active MEMBER and ADMIN accounts: adds the
     * missing ones (joined at {@code at}), removes the others.
     *
     * @return who was added and who was removed
     */
    Sync sync(UUID roomId, Instant at);

    /**
     * What a {@link #sync} changed.
     *
     * @param joined users added to the room
     * @param left users removed from the room
     */
    record Sync(List<UUID> joined, List<UUID> left) {
        /** Copies the lists. */
        public Sync {
            joined = List.copyOf(joined);
            left = List.copyOf(left);
        }
    }
}
