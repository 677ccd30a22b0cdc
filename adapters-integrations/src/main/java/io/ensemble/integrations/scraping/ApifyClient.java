package io.ensemble.integrations.scraping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.shared.errors.ProviderUnavailable;
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
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an Apify actor and returns its dataset items, over Apify API v2 with the JDK client (Apify
 * publishes no Java client; STACK.md). First {@code POST /v2/acts/{actorId}/run-sync-get-dataset-items};
 * when that answers 408 (the run outlived the synchronous window, "Run Actor synchronously and get
 * dataset items"), starts the same input asynchronously with {@code POST /v2/acts/{actorId}/runs}, polls
 * {@code GET /v2/actor-runs/{runId}?waitForFinish=…} until a terminal status, and reads
 * {@code GET /v2/datasets/{datasetId}/items}. Errors map through {@link ApifyErrors}.
 */
public final class ApifyClient {
    private static final Logger LOG = LoggerFactory.getLogger(ApifyClient.class);
    /** Apify caps {@code waitForFinish} at 60 s. */
    private static final long MAX_WAIT_FOR_FINISH_SECONDS = 60;

    private final ApifySettings settings;
    private final HttpClient http;
    private final ObjectMapper json;

    /**
     * @param settings API origin, token and time budgets
     * @param json the mapper used to write inputs and read answers
     */
    public ApifyClient(ApifySettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(Math.min(10, settings.syncTimeout().toSeconds() + 1)))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Runs an actor with an input and returns the items of its default dataset.
     *
     * @param actorId actor id or {@code owner/name} / {@code owner~name}
     * @param input the actor input (a JSON object)
     * @return the dataset items (a JSON array, possibly empty)
     * @throws ProviderUnavailable when Apify is down, out of credit, rejects the token, or is too slow
     * @throws io.ensemble.shared.errors.RateLimited when Apify answers 429
     * @throws UpstreamFailed when the answer is not the JSON we expect or the run failed
     */
    public JsonNode runForItems(String actorId, JsonNode input) {
        String actor = encode(actorId.replace('/', '~'));
        byte[] body = write(input);
        HttpResponse<byte[]> sync = send(post("/v2/acts/" + actor + "/run-sync-get-dataset-items?format=json&clean=true",
                body, settings.syncTimeout()), "run the actor");
        if (sync.statusCode() == 408) {
            LOG.info("Apify actor {} outlived the synchronous window; continuing asynchronously", actorId);
            return runAsynchronously(actor, body);
        }
        ApifyErrors.throwIfError(sync, json);
        return items(sync);
    }

    private JsonNode runAsynchronously(String actor, byte[] body) {
        HttpResponse<byte[]> started = send(post("/v2/acts/" + actor + "/runs", body, settings.syncTimeout()),
                "start the actor run");
        ApifyErrors.throwIfError(started, json);
        JsonNode run = data(started);
        String runId = text(run, "id");
        Instant deadline = Instant.now().plus(settings.asyncMaxWait());
        while (!ApifyRunStatus.isTerminal(text(run, "status"))) {
            long left = Duration.between(Instant.now(), deadline).toSeconds();
            if (left <= 0) {
                throw new ProviderUnavailable("The Apify run is still going after " + settings.asyncMaxWait().toSeconds()
                        + " s; try again in a few minutes.");
            }
            pause();
            long wait = Math.min(MAX_WAIT_FOR_FINISH_SECONDS, left);
            HttpResponse<byte[]> polled = send(get("/v2/actor-runs/" + encode(runId) + "?waitForFinish=" + wait,
                    Duration.ofSeconds(wait).plus(settings.syncTimeout())), "poll the actor run");
            ApifyErrors.throwIfError(polled, json);
            run = data(polled);
        }
        String status = text(run, "status");
        if (!ApifyRunStatus.SUCCEEDED.equals(status)) {
            throw new UpstreamFailed("UPSTREAM_FAILED", "The Apify run ended with status " + status + ".");
        }
        HttpResponse<byte[]> items = send(get("/v2/datasets/" + encode(text(run, "defaultDatasetId"))
                + "/items?format=json&clean=true", settings.syncTimeout()), "read the run's dataset");
        ApifyErrors.throwIfError(items, json);
        return items(items);
    }

    private JsonNode items(HttpResponse<byte[]> response) {
        JsonNode items = read(response.body());
        if (!items.isArray()) {
            throw new UpstreamFailed("UPSTREAM_FAILED", "Apify answered dataset items that are not a JSON array.");
        }
        return items;
    }

    private JsonNode data(HttpResponse<byte[]> response) {
        JsonNode data = read(response.body()).path("data");
        if (!data.isObject() || text(data, "id").isEmpty()) {
            throw new UpstreamFailed("UPSTREAM_FAILED", "Apify answered a run object without an id.");
        }
        return data;
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UpstreamFailed("UPSTREAM_FAILED", "Apify answered malformed JSON.");
        }
    }

    private byte[] write(JsonNode input) {
        try {
            return json.writeValueAsBytes(input);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write actor input", e);
        }
    }

    private HttpRequest post(String path, byte[] body, Duration timeout) {
        return request(path, timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpRequest get(String path, Duration timeout) {
        return request(path, timeout).GET().build();
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        String base = settings.apiBase().toString().replaceAll("/+$", "");
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + settings.token())
                .header("Accept", "application/json");
    }

    private HttpResponse<byte[]> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ProviderUnavailable("Apify did not answer in time when trying to " + what + ".", e);
        } catch (IOException e) {
            throw new ProviderUnavailable("Apify could not be reached to " + what + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("Interrupted while waiting for Apify.", e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("Interrupted while waiting for Apify.", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : "";
    }

    /** Percent-encodes one path segment, keeping {@code ~} (unreserved in RFC 3986, Apify's owner~name form). */
    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("%7E", "~");
    }
}
