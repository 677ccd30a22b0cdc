package io.ensemble.web.banking;

/**
 * Body of {@code POST /api/v1/bank/exchange-token}: {@code {publicToken}} (seeds/000).
 *
 * @param publicToken the public token from the bank link flow
 */
public record ExchangeTokenBody(String publicToken) {
    static final ExchangeTokenBody EMPTY = new ExchangeTokenBody(null);
}
