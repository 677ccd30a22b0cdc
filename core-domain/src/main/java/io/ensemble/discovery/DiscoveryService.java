package io.ensemble.discovery;

import io.ensemble.identity.Caller;
import io.ensemble.profiles.FindCategories;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Use cases of the discovery context (seeds/001 §Discovery, seeds/002 {@code /profile/creators}). */
public final class DiscoveryService {
    private final DiscoveryRepository repository;
    private final FindCategories categories;

    /**
     * @param repository reads discoverable cards
     * @param categories the managed category list, to reject unknown slugs
     */
    public DiscoveryService(DiscoveryRepository repository, FindCategories categories) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.categories = Objects.requireNonNull(categories, "categories");
    }

    /**
     * One page of {@code audience}'s list, e.g. influencers for a salon.
     *
     * @return cards and the cursor of the next page (empty on the last page)
     * @throws Forbidden when the caller's role is not {@code audience.searcher()} (403)
     * @throws ValidationFailed (field {@code categories}) naming unknown category slugs
     */
    public Page<DiscoveryCard> discover(Caller caller, Audience audience, DiscoveryQuery query) {
        if (!caller.is(audience.searcher())) {
            throw new Forbidden("Only " + audience.searcher() + " accounts may list "
                    + audience.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (!query.categories().isEmpty()) {
            Set<String> known = categories.existing(query.categories());
            List<String> unknown = query.categories().stream().filter(s -> !known.contains(s)).toList();
            if (!unknown.isEmpty()) {
                throw new ValidationFailed(List.of(new FieldError("categories",
                        "unknown categories: " + String.join(", ", unknown) + " (see GET /api/v1/categories)")));
            }
        }
        List<DiscoveryCard> rows = repository.find(audience, query, query.limit() + 1, caller.userId());
        return Page.fromOverfetch(rows, query.limit(),
                card -> DiscoveryCursor.after(card, query.searching()).encode());
    }
}
