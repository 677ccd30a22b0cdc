package io.ensemble.web.compat.influmojo;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.ensemble.discovery.DiscoveryCard;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The answer of seeds/002's {@code GET /profile/creators}: a page of creator cards and its pagination (issue 23 §6). */
final class InflumojoCreators {
    /** Default rows per page. */
    static final int DEFAULT_LIMIT = 20;
    /** Highest page number (a page walks the native cursor list from its start). */
    static final int MAX_PAGE = 100;

    private InflumojoCreators() {
    }

    /** A creator as the brand's browse list shows it; {@code id} and {@code user_id} are the creator's user id. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CreatorCard(String id, String userId, String name, String profileImageUrl, String bio,
                       String locationCity, String locationState, List<String> contentCategories,
                       long totalFollowers, boolean verified, boolean featured, double rating) {
        static CreatorCard of(DiscoveryCard c) {
            return new CreatorCard(c.userId().toString(), c.userId().toString(), c.displayName(), c.avatarUrl(),
                    c.bio(), c.city(), c.region(), c.categories(), c.totalFollowers(), c.verified(), c.featured(),
                    c.rating());
        }
    }

    /** {@code page} from 1, {@code limit} rows, whether more follow. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Pagination(int page, int limit, boolean hasMore) {
    }

    /** {@code {creators, pagination}}. */
    record Listing(List<CreatorCard> creators, Pagination pagination) {
    }

    /**
     * Walks the native cursor list (pages of {@code limit}) to page {@code page}.
     *
     * @throws ValidationFailed naming {@code page} or {@code limit} when not a whole number in range
     */
    static Listing page(String page, String limit, Function<Optional<String>, Page<DiscoveryCard>> fetch) {
        int p = number("page", page, 1, MAX_PAGE);
        int l = number("limit", limit, DEFAULT_LIMIT, PageRequest.MAX_LIMIT);
        Optional<String> cursor = Optional.empty();
        Page<DiscoveryCard> chunk = fetch.apply(cursor);
        for (int i = 1; i < p; i++) {
            if (chunk.nextCursor().isEmpty()) {
                return new Listing(List.of(), new Pagination(p, l, false));
            }
            chunk = fetch.apply(chunk.nextCursor());
        }
        return new Listing(chunk.items().stream().map(CreatorCard::of).toList(),
                new Pagination(p, l, chunk.nextCursor().isPresent()));
    }

    private static int number(String field, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationFailed(List.of(new FieldError(field, "must be a whole number from 1 to " + max)));
    }
}
