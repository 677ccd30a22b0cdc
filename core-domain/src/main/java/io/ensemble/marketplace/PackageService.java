package io.ensemble.marketplace;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Creator packages (issue 8 §1, seeds/002 §Package & Order System): creators create, update and
 * deactivate their own; anyone lists a creator's active ones. A package of another creator is
 * {@link NotFound} to the caller, so ids don't leak.
 */
public final class PackageService {
    private final PackageRepository packages;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports. */
    public PackageService(PackageRepository packages, Transactions transactions, IdGenerator ids, Clock clock) {
        this.packages = Objects.requireNonNull(packages, "packages");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates an active package owned by the caller.
     *
     * @return the stored package
     * @throws Forbidden when the caller is not a CREATOR
     */
    public CreatorPackage createPackage(Caller caller, PackageCommand command) {
        if (!caller.is(Role.CREATOR)) {
            throw new Forbidden("Only creators can offer packages.");
        }
        Instant now = clock.instant();
        CreatorPackage pkg = new CreatorPackage(ids.newId(), caller.userId(), command.title(), command.platform(),
                command.contentType(), command.quantity(), command.revisions(), command.durationDays(),
                command.money(), command.description(), true, now, now, command.contentLength());
        transactions.run(() -> packages.insert(pkg));
        return pkg;
    }

    /**
     * Replaces every field of the caller's active package; orders already placed keep their price.
     *
     * @throws NotFound when the package is unknown, inactive, or not the caller's
     */
    public CreatorPackage updatePackage(Caller caller, UUID packageId, PackageCommand command) {
        return transactions.inTransaction(() -> {
            CreatorPackage updated = own(caller, packageId).with(command, clock.instant());
            packages.update(updated);
            return updated;
        });
    }

    /**
     * Deactivates the caller's package: it is no longer listed or orderable.
     *
     * @throws NotFound when the package is unknown, already inactive, or not the caller's
     */
    public void deactivatePackage(Caller caller, UUID packageId) {
        transactions.run(() -> {
            own(caller, packageId);
            if (!packages.deactivate(packageId, clock.instant())) {
                throw notFound();
            }
        });
    }

    /** @return the creator's active packages, oldest first (public; empty for an unknown creator) */
    public List<CreatorPackage> creatorPackages(UUID creatorId) {
        return packages.activeByCreator(creatorId);
    }

    /**
     * @return the package when {@code viewerId} can see it: an active package (public) or any of the
     *     viewer's own; empty otherwise (issue 20 §3: reports of what the reporter cannot see are 404)
     */
    public java.util.Optional<CreatorPackage> visiblePackage(UUID viewerId, UUID packageId) {
        return packages.findById(packageId).filter(p -> p.active() || p.creatorId().equals(viewerId));
    }

    /**
     * An admin deactivates any creator's package (issue 20 §3 {@code remove_content}); an inactive
     * package stays inactive. Joins the caller's transaction.
     *
     * @return the package as it was before, or empty when it is unknown
     * @throws Forbidden when the caller is not an ADMIN
     */
    public java.util.Optional<CreatorPackage> removePackage(Caller admin, UUID packageId) {
        if (!admin.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can remove other creators' packages.");
        }
        return transactions.inTransaction(() -> {
            java.util.Optional<CreatorPackage> found = packages.findById(packageId);
            found.filter(CreatorPackage::active).ifPresent(p -> packages.deactivate(packageId, clock.instant()));
            return found;
        });
    }

    private CreatorPackage own(Caller caller, UUID packageId) {
        return packages.findById(packageId)
                .filter(p -> p.active() && p.creatorId().equals(caller.userId()))
                .orElseThrow(PackageService::notFound);
    }

    private static NotFound notFound() {
        return new NotFound("No such package.");
    }
}
