package io.ensemble.web.messaging;

import io.ensemble.messaging.SearchHit;
import java.util.function.Function;
import io.ensemble.messaging.Message;

/**
 * A search result in JSON (issue 27): {@code {message: MessageView, rank, snippet}}; {@code snippet}
 * is the message text around the matches with each match between {@code <mark>} and {@code </mark>}
 * (the text is not HTML-escaped).
 */
public record SearchHitView(MessageView message, double rank, String snippet) {
    /** @return the view of {@code hit}, its message rendered by {@code messages} */
    public static SearchHitView of(SearchHit hit, Function<Message, MessageView> messages) {
        return new SearchHitView(messages.apply(hit.message()), hit.rank(), hit.snippet());
    }
}
