package io.ensemble.web.privacy;

import io.ensemble.privacy.PrivacyRequest;
import java.time.Instant;

/**
 * An erasure or export request as clients see it (issue 20 §4).
 *
 * @param id         the request's id
 * @param userId     whose data
 * @param kind       {@code ERASURE} or {@code EXPORT}
 * @param status     {@code PENDING}, {@code RUNNING} or {@code DONE}
 * @param stepsDone  steps finished
 * @param stepsTotal steps in all
 * @param error      the last failure while it is retried, else null
 * @param createdAt  when it was asked for
 * @param finishedAt when it was done, else null
 */
public record PrivacyRequestView(String id, String userId, String kind, String status, int stepsDone, int stepsTotal,
        String error, Instant createdAt, Instant finishedAt) {

    /** @return the view of {@code request} */
    public static PrivacyRequestView of(PrivacyRequest request) {
        return new PrivacyRequestView(request.id().toString(), request.userId().toString(), request.kind().name(),
                request.status().name(), request.stepsDone(), request.stepsTotal(), request.error().orElse(null),
                request.createdAt(), request.finishedAt().orElse(null));
    }
}
