package io.ensemble.connections;

/** Connections' read port for the admin dashboard (seeds/001 {@code totalConnections}), computed in SQL. */
public interface ConnectionStatistics {
    /** @return how many connection requests are accepted */
    long acceptedConnections();
}
