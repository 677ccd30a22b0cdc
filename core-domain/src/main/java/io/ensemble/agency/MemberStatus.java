package io.ensemble.agency;

import io.ensemble.identity.AccountStatus;
import java.util.Optional;

/**
 * A team member's status as the agency sees it: {@code active} (the account is ACTIVE) or {@code inactive}
 * (deactivated: the account is SUSPENDED, or closed).
 */
public enum MemberStatus {
    ACTIVE, INACTIVE;

    /** @return the wire name, e.g. {@code active} */
    public String code() {
        return WireNames.code(this);
    }

    /** @return the member status of an account status */
    public static MemberStatus of(AccountStatus status) {
        return status == AccountStatus.ACTIVE ? ACTIVE : INACTIVE;
    }

    /** @return the status a wire name (any case) spells; empty for null or unknown */
    public static Optional<MemberStatus> parse(String code) {
        return WireNames.parse(MemberStatus.class, code);
    }

    static String names() {
        return WireNames.list(MemberStatus.class);
    }
}
