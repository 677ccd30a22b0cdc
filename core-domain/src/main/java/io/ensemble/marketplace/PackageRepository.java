package io.ensemble.marketplace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of {@code packages}. Calls join the caller's transaction. */
public interface PackageRepository {
    /** Stores a new package. */
    void insert(CreatorPackage pkg);

    /** Replaces the editable fields of an existing package (matched by id). */
    void update(CreatorPackage pkg);

    /** Marks the package inactive. @return false when it was already inactive or is unknown */
    boolean deactivate(UUID packageId, java.time.Instant at);

    /** @return the package in any state */
    Optional<CreatorPackage> findById(UUID packageId);

    /** @return the creator's active packages, oldest first */
    List<CreatorPackage> activeByCreator(UUID creatorId);
}
