package io.ensemble.identity;

import java.time.Instant;
import java.util.UUID;

/** Port: closes an account for deletion (issue 20 §4): status DELETED and every session revoked. */
public interface ClosedAccounts {

    /**
     * Marks the account DELETED and revokes its sessions, so its tokens are refused at once.
     *
     * @param userId the account
     * @param at     when
     * @return whether the account existed
     */
    boolean close(UUID userId, Instant at);
}
