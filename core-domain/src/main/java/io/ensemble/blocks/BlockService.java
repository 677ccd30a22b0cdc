package io.ensemble.blocks;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Blocking (issue 27 §Blocking): a user blocks another, lists and lifts their blocks. What a block
 * stops is enforced where each thing happens, for a block in either direction: the send statement
 * (no message in their DIRECT conversation), opening a DIRECT conversation, adding to a group,
 * contacts and connection requests all answer as for an unknown user, so the blocked user cannot
 * tell a block from a refusal.
 */
public final class BlockService {
    private final BlockRepository blocks;
    private final Clock clock;

    /** Wires the port and the clock. */
    public BlockService(BlockRepository blocks, Clock clock) {
        this.blocks = Objects.requireNonNull(blocks, "blocks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Blocks {@code userId}; blocking again returns the existing block.
     *
     * @param userId UUID text of the user to block
     * @throws ValidationFailed (field {@code userId}) when missing, not a UUID or the caller
     * @throws NotFound when no such user exists
     */
    public Block block(Caller caller, String userId) {
        UUID target = parse(userId);
        if (target.equals(caller.userId())) {
            throw new ValidationFailed(List.of(new FieldError("userId", "cannot be yourself")));
        }
        blocks.knownUser(target).orElseThrow(() -> new NotFound("User not found."));
        return blocks.block(caller.userId(), target, clock.instant());
    }

    /**
     * Lifts the caller's block of {@code userId}.
     *
     * @throws NotFound when the caller had not blocked that user
     */
    public void unblock(Caller caller, UUID userId) {
        if (!blocks.unblock(caller.userId(), userId)) {
            throw new NotFound("Block not found.");
        }
    }

    /** The users the caller blocked, newest first. @throws ValidationFailed for a bad cursor */
    public Page<Block> list(Caller caller, PageRequest page) {
        return blocks.list(caller.userId(), page);
    }

    private static UUID parse(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new ValidationFailed(List.of(new FieldError("userId", "is required")));
        }
        try {
            UUID id = UUID.fromString(v);
            if (id.toString().equalsIgnoreCase(v)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ValidationFailed(List.of(new FieldError("userId", "must be a user id (UUID)")));
    }
}
