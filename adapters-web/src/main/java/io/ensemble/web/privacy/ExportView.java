package io.ensemble.web.privacy;

import io.ensemble.privacy.ExportLink;
import java.time.Instant;

/**
 * The caller's data export (issue 20 §4): the request and, once built, the signed download link.
 *
 * @param request     the export request
 * @param downloadUrl path of the zip with {@code expires} and {@code signature}, null until built or after expiry
 * @param expiresAt   when the link stops working, null until built
 */
public record ExportView(PrivacyRequestView request, String downloadUrl,
        Instant expiresAt) {

    /** @return the view of {@code link} */
    public static ExportView of(ExportLink link) {
        return new ExportView(PrivacyRequestView.of(link.request()), link.url().orElse(null),
                link.expiresAt().orElse(null));
    }
}
