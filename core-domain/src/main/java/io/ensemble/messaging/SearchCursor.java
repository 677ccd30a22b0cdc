package io.ensemble.messaging;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The opaque cursor of search pages (issue 27 §Search): base64url of the last hit's rank (the exact
 * float bits), creation time and id, matching the order {@code rank DESC, created_at DESC, id DESC}.
 */
public record SearchCursor(float rank, Instant at, UUID id) {
    /** @return the token, base64url of {@code rankBits|epochSecond.nano|id} */
    public String encode() {
        String raw = Integer.toHexString(Float.floatToIntBits(rank)) + "|" + at.getEpochSecond() + "." + at.getNano()
                + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ValidationFailed (field {@code cursor}) for anything {@link #encode} did not make */
    public static SearchCursor decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            String[] time = parts[1].split("\\.");
            return new SearchCursor(Float.intBitsToFloat(Integer.parseUnsignedInt(parts[0], 16)),
                    Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new ValidationFailed(List.of(new FieldError("cursor", "is not a cursor of this search")));
        }
    }
}
