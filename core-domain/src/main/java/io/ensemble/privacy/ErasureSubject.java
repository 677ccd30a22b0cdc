package io.ensemble.privacy;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Whose data an erasure step removes (issue 20 §4).
 *
 * @param userId the user being erased
 * @param terms  the user's personal strings (e-mail, name, phone) that steps scrub from free text other
 *               users keep (their notifications, queued events); blank and short terms are dropped
 */
public record ErasureSubject(UUID userId, List<String> terms) {
    /** Shortest term scrubbed, so a one-letter name does not rewrite every text. */
    public static final int MIN_TERM_LENGTH = 3;

    /** @throws NullPointerException when the user is missing */
    public ErasureSubject {
        Objects.requireNonNull(userId, "userId");
        terms = terms == null ? List.of() : terms.stream().filter(Objects::nonNull).map(String::strip)
                .filter(t -> t.length() >= MIN_TERM_LENGTH).distinct().toList();
    }
}
