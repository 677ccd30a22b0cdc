package io.ensemble.discovery;

import io.ensemble.identity.Role;

/**
 * Who searches for whom (seeds/001 §Discovery, seeds/002 {@code /profile/creators}): each discovery
 * list shows one {@link #target} role and may only be read by one {@link #searcher} role.
 */
public enum Audience {
    /** {@code GET /api/v1/discovery/influencers}: salons look for influencers. */
    INFLUENCERS(Role.SALON, Role.INFLUENCER),
    /** {@code GET /api/v1/discovery/salons}: influencers look for salons. */
    SALONS(Role.INFLUENCER, Role.SALON),
    /** {@code GET /api/v1/discovery/creators}: brands look for creators. */
    CREATORS(Role.BRAND, Role.CREATOR);

    private final Role searcher;
    private final Role target;

    Audience(Role searcher, Role target) {
        this.searcher = searcher;
        this.target = target;
    }

    /** @return the only role allowed to read this list */
    public Role searcher() {
        return searcher;
    }

    /** @return the role of the profiles listed */
    public Role target() {
        return target;
    }
}
