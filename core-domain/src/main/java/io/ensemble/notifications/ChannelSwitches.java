package io.ensemble.notifications;

import java.util.Objects;
import java.util.Optional;

/**
 * A partial change of one type's channels: an empty switch leaves that channel as it is.
 *
 * @param inApp new in-app setting, if changed
 * @param email new email setting, if changed
 * @param push new push setting, if changed
 */
public record ChannelSwitches(Optional<Boolean> inApp, Optional<Boolean> email, Optional<Boolean> push) {
    public ChannelSwitches {
        Objects.requireNonNull(inApp, "inApp");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(push, "push");
    }

    /** @return whether no switch is set */
    public boolean empty() {
        return inApp.isEmpty() && email.isEmpty() && push.isEmpty();
    }
}
