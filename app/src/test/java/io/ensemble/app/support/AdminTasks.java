package io.ensemble.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Runs a job through the admin port as an operator would (issue 29 §2): {@code POST /tasks/<job>} answers
 * 202 with a run id, then {@code GET /tasks/runs?job=} is polled until that run has finished.
 */
public final class AdminTasks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private AdminTasks() {
    }

    /**
     * @param client    any HTTP client
     * @param adminPort the admin port
     * @param job       the job's name
     * @return {@code "succeeded: <summary>"} or {@code "failed: <summary>"}, as the synchronous task printed
     */
    public static String run(HttpClient client, int adminPort, String job) throws IOException, InterruptedException {
        HttpResponse<String> started = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + adminPort + "/tasks/" + job))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String runId = JSON.readTree(started.body()).path("runId").asText();
        JsonNode run = awaitFinished(client, adminPort, job, runId);
        return ("SUCCEEDED".equals(run.path("status").asText()) ? "succeeded: " : "failed: ")
                + run.path("summary").asText();
    }

    /** Polls {@code GET /tasks/runs?job=} until run {@code runId} is no longer RUNNING. @return the run */
    public static JsonNode awaitFinished(HttpClient client, int adminPort, String job, String runId) {
        return org.awaitility.Awaitility.await("run " + runId + " of " + job + " finished").atMost(WAIT)
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> finishedRun(client, adminPort, job, runId), java.util.Optional::isPresent).orElseThrow();
    }

    private static java.util.Optional<JsonNode> finishedRun(HttpClient client, int adminPort, String job, String runId)
            throws IOException, InterruptedException {
        HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + adminPort + "/tasks/runs?limit=100&job=" + job)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        for (JsonNode run : JSON.readTree(list.body()).path("items")) {
            if (run.path("id").asText().equals(runId) && !"RUNNING".equals(run.path("status").asText())) {
                return java.util.Optional.of(run);
            }
        }
        return java.util.Optional.empty();
    }
}
