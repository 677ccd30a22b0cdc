package io.ensemble.agency;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.identity.FindUsers;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import java.util.UUID;

/** Shared checks of the agency's operations (issue 22 "Bad input and failure"). */
public final class AgencyAccess {
    private AgencyAccess() {
    }

    /** @throws Forbidden (403) unless the caller is an ADMIN */
    public static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only an agency admin may do this.");
        }
    }

    /** @return whether the caller is an ADMIN */
    public static boolean admin(Caller caller) {
        return caller.is(Role.ADMIN);
    }

    /**
     * @param field the request field naming the users, e.g. {@code attendeeIds}
     * @throws ValidationFailed (400 naming {@code field}) when one of {@code ids} is unknown or not active
     */
    public static void requireActiveUsers(FindUsers users, String field, List<UUID> ids) {
        for (UUID id : ids) {
            if (users.findById(id).filter(User::active).isEmpty()) {
                throw new ValidationFailed(List.of(new FieldError(field, "must name active users; " + id
                        + " is unknown or inactive")));
            }
        }
    }
}
