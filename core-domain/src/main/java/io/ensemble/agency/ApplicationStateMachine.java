package io.ensemble.agency;

import io.ensemble.identity.Role;
import java.util.Map;
import java.util.Optional;

/**
 * The allowed moves of an application (DESIGN §Patterns "State machines"): a table of
 * {@code (state, action, role) → next state}. Only admins act; a decided application moves no more.
 */
public final class ApplicationStateMachine {
    /** What an admin does to an application. */
    public enum Action {
        APPROVE, REJECT;

        /** @return the wire name, e.g. {@code approve} */
        public String code() {
            return WireNames.code(this);
        }
    }

    private record Key(ApplicationStatus from, Action action, Role role) {
    }

    private static final Map<Key, ApplicationStatus> TABLE = Map.of(
            new Key(ApplicationStatus.PENDING, Action.APPROVE, Role.ADMIN), ApplicationStatus.APPROVED,
            new Key(ApplicationStatus.PENDING, Action.REJECT, Role.ADMIN), ApplicationStatus.REJECTED);

    private ApplicationStateMachine() {
    }

    /** @return the state {@code action} by {@code role} leads to from {@code from}; empty when not allowed */
    public static Optional<ApplicationStatus> next(ApplicationStatus from, Action action, Role role) {
        return Optional.ofNullable(TABLE.get(new Key(from, action, role)));
    }
}
