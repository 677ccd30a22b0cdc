package io.ensemble.integrations.hooks;

import io.ensemble.feed.FeedEntry;
import io.ensemble.hooks.Attempt;
import io.ensemble.hooks.WebhookEndpoint;
import io.ensemble.hooks.WebhookSender;
import io.ensemble.hooks.WebhookSignature;
import io.ensemble.hooks.WebhookUrls;
import io.ensemble.shared.errors.ValidationFailed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link WebhookSender} over the JDK {@link HttpClient} (issue 26 §2): POST of the event JSON with
 * {@code Content-Type: application/json}, {@code Ensemble-Signature}, {@code Ensemble-Delivery-Id}
 * (stable across retries of one delivery), {@code Ensemble-Event-Id} and {@code Ensemble-Event-Type};
 * {@link #TIMEOUT} for connect plus answer; redirects are not followed (a redirect could lead past
 * the address guard). Before each attempt the host is resolved again and refused when any address is
 * not allowed by {@link WebhookUrls} (DNS re-pointed since registration). The response body is not
 * read beyond discarding it.
 */
public final class HttpWebhookSender implements WebhookSender {
    /** Connect plus answer timeout of one attempt. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final WebhookUrls urls;
    private final Function<FeedEntry, String> body;
    private final Duration timeout;

    /**
     * @param body renders an event as the JSON the feed API answers (one renderer for both)
     * @param timeout per attempt, normally {@link #TIMEOUT}
     */
    public HttpWebhookSender(WebhookUrls urls, Function<FeedEntry, String> body, Duration timeout) {
        this.urls = Objects.requireNonNull(urls, "urls");
        this.body = Objects.requireNonNull(body, "body");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Attempt send(WebhookEndpoint endpoint, FeedEntry event, UUID deliveryId, long unixTime) {
        long started = System.nanoTime();
        try {
            URI uri = URI.create(endpoint.url());
            urls.resolveAllowed(uri.getHost());
            String json = body.apply(event);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Ensemble-Webhooks/1")
                    .header(WebhookSignature.HEADER, WebhookSignature.header(endpoint.secret(), unixTime, json))
                    .header("Ensemble-Delivery-Id", deliveryId.toString())
                    .header("Ensemble-Event-Id", event.id().toString())
                    .header("Ensemble-Event-Type", event.type())
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Attempt(Optional.of(response.statusCode()), millisSince(started), Optional.empty());
        } catch (ValidationFailed refused) {
            return failure(started, "refused address");
        } catch (HttpTimeoutException e) {
            return failure(started, "timeout after " + timeout.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException e) {
            return failure(started, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(started, "interrupted");
        }
    }

    private static Attempt failure(long started, String reason) {
        return new Attempt(Optional.empty(), millisSince(started), Optional.of(reason));
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
