package io.ensemble.marketplace.fakes;

import io.ensemble.marketplace.CreatorPackage;
import io.ensemble.marketplace.PackageRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory {@link PackageRepository} for domain tests. */
public final class InMemoryPackages implements PackageRepository {
    public final Map<UUID, CreatorPackage> packages = new HashMap<>();

    @Override
    public void insert(CreatorPackage pkg) {
        packages.put(pkg.id(), pkg);
    }

    @Override
    public void update(CreatorPackage pkg) {
        packages.put(pkg.id(), pkg);
    }

    @Override
    public boolean deactivate(UUID packageId, Instant at) {
        CreatorPackage p = packages.get(packageId);
        if (p == null || !p.active()) {
            return false;
        }
        packages.put(packageId, new CreatorPackage(p.id(), p.creatorId(), p.title(), p.platform(), p.contentType(),
                p.quantity(), p.revisions(), p.durationDays(), p.price(), p.description(), false, p.createdAt(), at));
        return true;
    }

    @Override
    public Optional<CreatorPackage> findById(UUID packageId) {
        return Optional.ofNullable(packages.get(packageId));
    }

    @Override
    public List<CreatorPackage> activeByCreator(UUID creatorId) {
        return packages.values().stream().filter(p -> p.active() && p.creatorId().equals(creatorId))
                .sorted(Comparator.comparing(CreatorPackage::createdAt)).toList();
    }
}
