package io.ensemble.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Persistence port of the push device tokens users registered. A token belongs to one user at a time. */
public interface PushDevices {
    /** Registers {@code token} for {@code userId}, taking it over from any other user (one device, one owner). */
    void register(UUID userId, String token, DevicePlatform platform, Instant at);

    /** @return whether {@code userId} had {@code token} (it is now gone) */
    boolean unregister(UUID userId, String token);

    /** @return the user's device tokens, oldest registration first */
    List<String> tokensOf(UUID userId);

    /** Forgets a token the provider declared invalid, whoever owned it. */
    void forget(String token);
}
