package io.ensemble.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A validated message search (issue 27 §Search).
 *
 * @param userId the caller: only conversations they are a member of are searched
 * @param text the query, stripped, 1 to {@value ChatSearch#QUERY_MAX} characters (web search syntax:
 *     words, "phrases", -excluded, or)
 * @param substring whether the text is one short token also matched as a substring (trigram index)
 * @param conversationId only this conversation, when present
 * @param from only messages created at or after, when present
 * @param to only messages created at or before, when present
 * @param after continue after this hit, when present
 */
public record SearchQuery(UUID userId, String text, boolean substring, Optional<UUID> conversationId,
                          Optional<Instant> from, Optional<Instant> to, Optional<SearchCursor> after) {
    /** @throws NullPointerException when a component is null */
    public SearchQuery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(after, "after");
    }
}
