package io.ensemble.web.health;

/** Answers whether the service's backing stores respond right now. */
public interface HealthProbe {
    /** @return true when the database answered a trivial query within its timeout */
    boolean databaseUp();

    /** @return true once start-up work (migrations) finished */
    boolean started();
}
