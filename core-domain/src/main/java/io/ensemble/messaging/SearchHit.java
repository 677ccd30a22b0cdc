package io.ensemble.messaging;

import java.util.Objects;

/**
 * One search result (issue 27 §Search).
 *
 * @param rank the full-text rank ({@code ts_rank}, higher is better; 0 for a substring-only match)
 * @param snippet the message text around the matches, each match between {@code <mark>} and
 *     {@code </mark>} ({@code ts_headline}); the text itself is not escaped
 */
public record SearchHit(Message message, float rank, String snippet) {
    /** @throws NullPointerException when a component is null */
    public SearchHit {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(snippet, "snippet");
    }

    /** @return the cursor continuing after this hit */
    public SearchCursor cursor() {
        return new SearchCursor(rank, message.createdAt(), message.id());
    }
}
