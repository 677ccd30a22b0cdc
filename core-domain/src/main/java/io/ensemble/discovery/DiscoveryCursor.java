package io.ensemble.discovery;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Keyset position after the last card of a discovery page (DESIGN §Patterns, Cursors). Without
 * {@code search} the list is ordered by {@code (totalFollowers DESC, userId ASC)} and the cursor
 * holds those two values; with {@code search} it is ordered by {@code (relevance DESC, userId ASC)}
 * and the cursor holds the exact {@code float} score bits, so ties never repeat or skip a row.
 *
 * @param searching whether the cursor belongs to a search-ordered list
 * @param followers the last card's total followers (ordering without search)
 * @param relevance the last card's score (ordering with search)
 * @param userId the last card's user id (tie-break)
 */
public record DiscoveryCursor(boolean searching, long followers, float relevance, UUID userId) {
    private static final List<FieldError> BAD = List.of(
            new FieldError("cursor", "is not a cursor this list returned"));

    /** @return the cursor that resumes after {@code card} in a list ordered for {@code searching} */
    public static DiscoveryCursor after(DiscoveryCard card, boolean searching) {
        return new DiscoveryCursor(searching, searching ? 0 : card.totalFollowers(),
                searching ? card.relevance() : 0f, card.userId());
    }

    /** @return the opaque token: base64url of {@code f|followers|id} or {@code s|scoreBits|id} */
    public String encode() {
        String raw = searching
                ? "s|" + Float.floatToIntBits(relevance) + "|" + userId
                : "f|" + followers + "|" + userId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token made by {@link #encode()} for a list of the same kind.
     *
     * @param searching whether the current query has a {@code search} term
     * @throws ValidationFailed (field {@code cursor}) for a foreign, malformed or mismatched token
     */
    public static DiscoveryCursor decode(String token, boolean searching) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(searching ? "s" : "f")) {
                throw new IllegalArgumentException("shape");
            }
            UUID id = UUID.fromString(parts[2]);
            if (searching) {
                float score = Float.intBitsToFloat(Integer.parseInt(parts[1]));
                if (Float.isNaN(score)) {
                    throw new IllegalArgumentException("score");
                }
                return new DiscoveryCursor(true, 0, score, id);
            }
            return new DiscoveryCursor(false, Long.parseLong(parts[1]), 0f, id);
        } catch (RuntimeException e) {
            throw new ValidationFailed(BAD);
        }
    }
}
