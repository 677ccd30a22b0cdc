package io.ensemble.shared.ids;

import java.util.UUID;

/** Makes new entity ids (DESIGN §Ports: UUIDv7 by default). */
public interface IdGenerator {
    UUID newId();
}
