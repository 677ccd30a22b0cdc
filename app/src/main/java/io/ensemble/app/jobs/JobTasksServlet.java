package io.ensemble.app.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.operations.JobRunQueries;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.errors.ErrorBody;
import io.ensemble.web.errors.ErrorResponses;
import io.ensemble.web.http.PageView;
import io.ensemble.web.operations.JobRunView;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

/**
 * The admin port's job routes (issue 29 §2), mapped on exact paths so they take precedence over
 * Dropwizard's task servlet:
 * <ul>
 *   <li>{@code POST /tasks/<job>} starts the job in the background and answers 202
 *       {@code {runId, job, status: "RUNNING"}} at once (503 while the service stops);</li>
 *   <li>{@code GET /tasks/runs?job=&limit=&cursor=} lists runs newest first as
 *       {@code {items: [JobRunView], nextCursor}} (400 with the error body for a bad filter).</li>
 * </ul>
 */
public final class JobTasksServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The listing's path on the admin port. */
    public static final String RUNS_PATH = "/tasks/runs";

    private final transient Jobs jobs;
    private final transient JobRunQueries queries;
    private final transient ObjectMapper json;

    /**
     * @param jobs    the registered jobs
     * @param queries the run listing use case
     * @param json    the application's object mapper
     */
    public JobTasksServlet(Jobs jobs, JobRunQueries queries, ObjectMapper json) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** @return the exact admin paths to map this servlet on: the listing and one per job */
    public static String[] paths(Jobs jobs) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(RUNS_PATH),
                jobs.names().stream().map(name -> "/tasks/" + name)).toArray(String[]::new);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = jobName(request);
        if (name.equals("runs") || !jobs.has(name)) {
            error(response, 404, "NOT_FOUND", "No job named " + name + ".");
            return;
        }
        UUID runId;
        try {
            runId = jobs.start(name);
        } catch (RejectedExecutionException e) {
            error(response, 503, "UNAVAILABLE", "The service is stopping; start the job on another node.");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", runId.toString());
        body.put("job", name);
        body.put("status", "RUNNING");
        write(response, 202, body);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!jobName(request).equals("runs")) {
            response.setHeader("Allow", "POST");
            error(response, 405, "METHOD_NOT_ALLOWED", "Start a job with POST.");
            return;
        }
        try {
            var page = queries.runs(Optional.ofNullable(request.getParameter("job")),
                    PageRequest.of(request.getParameter("limit"), request.getParameter("cursor")));
            write(response, 200, PageView.of(page, JobRunView::of));
        } catch (ValidationFailed e) {
            response.setStatus(400);
            response.setContentType("application/json");
            json.writeValue(response.getOutputStream(), ErrorBody.of(ErrorResponses.errorName(400), e.getMessage(),
                    e.code(), e.errors()));
        } catch (DomainException e) {
            error(response, 400, e.code(), e.getMessage());
        }
    }

    private static String jobName(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private void error(HttpServletResponse response, int status, String code, String message) throws IOException {
        write(response, status, ErrorBody.of(ErrorResponses.errorName(status), message, code));
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
