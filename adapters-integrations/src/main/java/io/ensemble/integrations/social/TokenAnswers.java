package io.ensemble.integrations.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.social.ProviderTokens;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the RFC 6749 §5.1 token answer the five providers share ({@code access_token}, {@code expires_in},
 * {@code refresh_token}, {@code scope}) and the fields of their JSON bodies.
 */
final class TokenAnswers {
    private TokenAnswers() {
    }

    /**
     * @param body the token answer
     * @param keepRefresh the refresh token to keep when the answer carries none (Google, sometimes Spotify)
     * @return the tokens, expiry = now + {@code expires_in}
     * @throws io.ensemble.shared.errors.UpstreamFailed when {@code access_token} is missing
     */
    static ProviderTokens read(ProviderHttp http, JsonNode body, Optional<String> keepRefresh, Clock clock) {
        String access = text(body, "access_token").orElseThrow(http::malformed);
        Optional<String> refresh = text(body, "refresh_token").or(() -> keepRefresh);
        OptionalLong expiresIn = number(body, "expires_in");
        return new ProviderTokens(access, refresh,
                expiresIn.isPresent() ? Optional.of(clock.instant().plusSeconds(expiresIn.getAsLong()))
                        : Optional.empty(),
                scopes(body.get("scope")));
    }

    /** @return scopes from a comma- or space-separated string (TikTok, Google, Spotify) or an array (Twitch) */
    static List<String> scopes(JsonNode scope) {
        List<String> out = new ArrayList<>();
        if (scope == null || scope.isNull()) {
            return out;
        }
        if (scope.isArray()) {
            scope.forEach(s -> out.add(s.asText()));
            return out;
        }
        Arrays.stream(scope.asText().split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(out::add);
        return out;
    }

    /** @return the non-blank text of {@code field}; empty when absent, null or blank */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    /** @return {@code field} as a non-negative long, accepting numbers and numeric strings (YouTube); empty otherwise */
    static OptionalLong number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return OptionalLong.empty();
        }
        if (v.isIntegralNumber() && v.asLong() >= 0) {
            return OptionalLong.of(v.asLong());
        }
        if (v.isTextual() && v.asText().matches("\\d{1,18}")) {
            return OptionalLong.of(Long.parseLong(v.asText()));
        }
        return OptionalLong.empty();
    }
}
