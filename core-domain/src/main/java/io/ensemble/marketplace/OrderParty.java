package io.ensemble.marketplace;

/** Who acts on an order: its brand (buyer), its creator (seller), an admin, or the system (timers). */
public enum OrderParty {
    BRAND, CREATOR, ADMIN, SYSTEM
}
