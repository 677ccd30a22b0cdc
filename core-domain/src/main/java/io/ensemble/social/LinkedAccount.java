package io.ensemble.social;

import java.util.Objects;
import java.util.Optional;

/** A linked account with its most recent stats snapshot, as the accounts list shows it (issue 6 §1, §3). */
public record LinkedAccount(SocialAccount account, Optional<StatsSnapshot> latest) {
    /** @throws NullPointerException when a component is null */
    public LinkedAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(latest, "latest");
    }
}
