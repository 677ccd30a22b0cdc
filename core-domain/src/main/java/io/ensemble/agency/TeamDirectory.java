package io.ensemble.agency;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who is on the team, read from the accounts (issue 22 §1 tasks: assignees and the admins told of changes). */
public interface TeamDirectory {
    /** @return those of {@code ids} that are ACTIVE accounts */
    Set<UUID> active(Collection<UUID> ids);

    /** @return the ids of every ACTIVE admin */
    List<UUID> admins();
}
