package io.ensemble.events;

/** Lifecycle of an event (issue 21 §1): listed and open to RSVPs while ACTIVE; CANCELLED is final. */
public enum EventStatus {
    ACTIVE, CANCELLED
}
