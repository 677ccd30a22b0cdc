package io.ensemble.integrations.social;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.UpstreamFailed;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * JSON over the JDK {@link HttpClient} for the social providers, with the failure mapping they share
 * (issue 6 "Bad input and failure"): 429 → {@link RateLimited} (seconds from {@code Retry-After}, or
 * Twitch's {@code Ratelimit-Reset} epoch), 5xx and connection failures → {@link ProviderUnavailable},
 * timeouts → {@link UpstreamFailed} {@code UPSTREAM_TIMEOUT}, a body that is not JSON →
 * {@link UpstreamFailed} {@code UPSTREAM_FAILED}. Other 4xx answers are returned for the adapter to read
 * in its provider's error shape. Never logs or puts tokens in messages.
 */
final class ProviderHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final String provider;
    private final Duration timeout;

    /**
     * @param provider display name used in error messages, e.g. {@code TikTok}
     * @param timeout limit of each request (connect and answer)
     */
    ProviderHttp(String provider, Duration timeout) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** An answer with status below 500 and other than 429, its body parsed. */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** @return {@code application/x-www-form-urlencoded} body of the fields, in order */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** @return the query string of the parameters (no leading {@code ?}) */
    static String query(Map<String, String> params) {
        return form(params);
    }

    /** @return an ordered map of alternating keys and values */
    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** POSTs a form. @return the answer (status < 500, not 429) */
    Answer postForm(URI uri, Map<String, String> fields, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    /**
     * POSTs a form whose answer body does not matter (e.g. a token revocation, which answers 200 with no body).
     *
     * @return the status (< 500, not 429)
     */
    int postFormForStatus(URI uri, Map<String, String> fields) {
        return exchange(bareForm(uri, fields)).statusCode();
    }

    /**
     * POSTs a form whose success answer may have no body (Google's and TikTok's token revocations): a blank
     * body reads as an empty JSON object, any other body must be JSON.
     *
     * @return the answer (status < 500, not 429)
     */
    Answer postFormMaybeEmpty(URI uri, Map<String, String> fields) {
        HttpResponse<String> response = exchange(bareForm(uri, fields));
        String body = response.body();
        return new Answer(response.statusCode(), body == null || body.isBlank() ? JSON.createObjectNode()
                : parse(body));
    }

    private HttpRequest bareForm(URI uri, Map<String, String> fields) {
        return HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build();
    }

    /** GETs a resource. @return the answer (status < 500, not 429) */
    Answer get(URI uri, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    private Answer send(HttpRequest request) {
        HttpResponse<String> response = exchange(request);
        return new Answer(response.statusCode(), parse(response.body()));
    }

    /** Sends; timeouts, unreachable hosts, 429 and 5xx become the domain's errors. */
    private HttpResponse<String> exchange(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new UpstreamFailed("UPSTREAM_TIMEOUT", provider + " did not answer in time; try again shortly.");
        } catch (IOException e) {
            throw new ProviderUnavailable(provider + " could not be reached; try again shortly.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable(provider + " request was interrupted.", e);
        }
        int status = response.statusCode();
        if (status == 429) {
            throw new RateLimited(provider + " is rate limiting us; try again later.", retryAfter(response));
        }
        if (status >= 500) {
            throw new ProviderUnavailable(provider + " is unavailable (HTTP " + status + "); try again shortly.");
        }
        return response;
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            if (node == null || node.isMissingNode() || !node.isContainerNode()) {
                throw malformed();
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed();
        }
    }

    /** @return the error for an answer that lacks what the provider documents */
    UpstreamFailed malformed() {
        return new UpstreamFailed("UPSTREAM_FAILED", provider + " sent an answer we could not read.");
    }

    private static long retryAfter(HttpResponse<String> response) {
        OptionalLong seconds = response.headers().firstValueAsLong("Retry-After");
        if (seconds.isPresent()) {
            return seconds.getAsLong();
        }
        OptionalLong reset = response.headers().firstValueAsLong("Ratelimit-Reset");
        if (reset.isPresent()) {
            return Math.max(1, reset.getAsLong() - System.currentTimeMillis() / 1000);
        }
        return 60;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
