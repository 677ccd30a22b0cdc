package io.ensemble.agency;

import io.ensemble.identity.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the active accounts an admin's notification goes to (issue 22 §1 Notifications). */
public interface AgencyRecipients {
    /** @return ids of the ACTIVE accounts, of {@code role} when given, at most {@code max} */
    List<UUID> active(Optional<Role> role, int max);
}
