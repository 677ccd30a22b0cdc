package io.ensemble.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An export request as its owner sees it: where it is and, once built, the signed link to download it.
 *
 * @param request   the request
 * @param url       the download path with {@code expires} and {@code signature}, while valid
 * @param expiresAt when that link stops working
 */
public record ExportLink(PrivacyRequest request, Optional<String> url, Optional<Instant> expiresAt) {
    /** @throws NullPointerException when a field is missing */
    public ExportLink {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
