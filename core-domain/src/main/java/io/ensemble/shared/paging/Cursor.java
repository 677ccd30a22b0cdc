package io.ensemble.shared.paging;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The opaque cursor of DESIGN §Patterns: base64url of the sort key and id of the last row, here
 * {@code (Instant, UUID)} for lists ordered by time then id. Pair it with a stable
 * {@code ORDER BY created_at, id} on the same columns (or the reverse) so pages never repeat or skip.
 */
public record Cursor(Instant at, UUID id) {

    /** @return the opaque token, e.g. {@code MTcwMDAwMDAwMDAwMDAwMDAwMHwwMWEy...} */
    public String encode() {
        String raw = at.getEpochSecond() + "." + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token made by {@link #encode()}.
     *
     * @throws ValidationFailed (field {@code cursor}) for anything else
     */
    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            int dot = raw.indexOf('.');
            if (bar < 0 || dot < 0 || dot > bar) {
                throw new IllegalArgumentException("shape");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(raw.substring(0, dot)),
                    Long.parseLong(raw.substring(dot + 1, bar)));
            return new Cursor(at, UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new ValidationFailed(List.of(new FieldError("cursor", "is not a cursor this list returned")));
        }
    }
}
