package io.ensemble.agency;

import io.ensemble.identity.Caller;
import java.util.UUID;

/** The media context's answer to "may this caller attach this upload" (its own use case, never its rows). */
@FunctionalInterface
public interface Attachments {
    /** @return whether {@code mediaId} is an upload {@code caller} may read and attach */
    boolean usable(Caller caller, UUID mediaId);
}
