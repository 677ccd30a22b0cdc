package io.ensemble.web.social;

/** Body of {@code POST /api/v1/social-media/{platform}/exchange} (seeds/000): {@code {code, state}}. */
public record ExchangeBody(String code, String state) {
    /** An absent body. */
    static final ExchangeBody EMPTY = new ExchangeBody(null, null);
}
