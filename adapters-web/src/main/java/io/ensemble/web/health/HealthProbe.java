package io.ensemble.web.health;

/** Answers whether the service's backing stores respond right now. */
public interface HealthProbe {
    /** @return true when the database answered a trivial query within its timeout */
    boolean databaseUp();

    /** @return true once start-up work (migrations) finished */
    boolean started();

    /**
     * @return the names of configured backing services besides the database that do not answer now (e.g.
     *     {@code redis}, issue 29 §5); empty when every one answers or none is configured
     */
    default java.util.List<String> unavailable() {
        return java.util.List.of();
    }
}
