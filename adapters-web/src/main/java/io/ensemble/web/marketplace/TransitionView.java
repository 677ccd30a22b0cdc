package io.ensemble.web.marketplace;

import io.ensemble.marketplace.OrderTransition;
import java.time.Instant;

/**
 * One stored order transition: {@code {id, actorId|null (system), party, action, from, to,
 * note|null, at}}.
 */
public record TransitionView(String id, String actorId, String party, String action, String from, String to,
                             String note, Instant at) {
    /** @return the view of {@code t} */
    public static TransitionView of(OrderTransition t) {
        return new TransitionView(t.id().toString(), t.actorId().map(Object::toString).orElse(null),
                t.party().name(), t.action().wireName(), t.from().name(), t.to().name(), t.note().orElse(null),
                t.at());
    }
}
