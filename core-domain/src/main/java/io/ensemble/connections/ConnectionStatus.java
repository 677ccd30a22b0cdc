package io.ensemble.connections;

/** Lifecycle of a connection request (seeds/001 §Connections): PENDING, then ACCEPTED or REJECTED. */
public enum ConnectionStatus {
    PENDING, ACCEPTED, REJECTED
}
