package io.ensemble.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A plain JDK {@link HttpClient} talking JSON to the service under test, as a client app would. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** @param port the API port of the running app */
    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    public Reply get(String path) {
        return get(path, null);
    }

    /** POSTs {@code body} (a Map/record serialised to JSON, or a raw String sent as is). */
    public Reply post(String path, Object body, String token) {
        return sendRaw("POST", path, body instanceof String s ? s : toJson(body), token, Map.of());
    }

    public Reply post(String path, Object body) {
        return post(path, body, null);
    }

    /** Sends any method with a raw body and extra headers. */
    public Reply sendRaw(String method, String path, String body, String token, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        headers.forEach(b::setHeader);
        return send(b, token);
    }

    public Reply send(HttpRequest.Builder builder, String token) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = http.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            validate(r);
            return new Reply(r.statusCode(), r.headers(), parse(r.body()), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the answer against the app's /openapi.json ({@link ContractValidator}, issue 24 §4).
     *
     * @throws AssertionError when it drifted from the document
     */
    private void validate(HttpResponse<String> r) {
        if (!ContractValidator.enabled()) {
            return;
        }
        String query = r.uri().getRawQuery();
        ContractDocuments.of(http, base).ifPresent(v -> v.check(r.request().method(), r.uri().getRawPath()
                + (query == null ? "" : "?" + query), r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(null), r.body()));
    }

    public HttpClient client() {
        return http;
    }

    public String base() {
        return base;
    }

    public static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
