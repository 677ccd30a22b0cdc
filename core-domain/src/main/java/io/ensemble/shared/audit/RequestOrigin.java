package io.ensemble.shared.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a request came from, as the web layer resolved it: the client's address (after the
 * trusted-proxy rules) and the request id that its log lines carry. Either may be unknown, e.g. for a
 * scheduled job. Values are client-influenced, so they are tidied rather than refused: surrounding
 * blanks stripped, a value with control characters dropped, an address cut to 64 and a request id
 * to 128 characters. Recording an audit record never fails because of them.
 */
public record RequestOrigin(Optional<String> clientAddress, Optional<String> requestId) {
    /** Neither address nor request id known (jobs, tests). */
    public static final RequestOrigin UNKNOWN = new RequestOrigin(Optional.empty(), Optional.empty());
    /** The longest client address kept (an IPv6 address with zone fits). */
    public static final int MAX_ADDRESS_LENGTH = 64;
    /** The longest request id kept. */
    public static final int MAX_REQUEST_ID_LENGTH = 128;

    public RequestOrigin {
        clientAddress = tidy(Objects.requireNonNull(clientAddress, "clientAddress"), MAX_ADDRESS_LENGTH);
        requestId = tidy(Objects.requireNonNull(requestId, "requestId"), MAX_REQUEST_ID_LENGTH);
    }

    /** @return an origin of {@code clientAddress} and {@code requestId}, each null when unknown */
    public static RequestOrigin of(String clientAddress, String requestId) {
        return new RequestOrigin(Optional.ofNullable(clientAddress), Optional.ofNullable(requestId));
    }

    private static Optional<String> tidy(Optional<String> value, int max) {
        return value.map(String::strip)
                .filter(v -> !v.isEmpty() && v.chars().noneMatch(Character::isISOControl))
                .map(v -> v.length() <= max ? v : v.substring(0, max));
    }
}
