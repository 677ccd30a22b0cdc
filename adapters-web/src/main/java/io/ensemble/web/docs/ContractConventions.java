package io.ensemble.web.docs;

import io.ensemble.web.errors.ErrorBody;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.IdempotencyHeaders;
import io.ensemble.web.http.RequestIdFilter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every operation of the API shares, added to the model swagger-core read (issue 24 §1;
 * CONVENTIONS.md §HTTP API): the bearer security scheme, the success envelope and error body
 * schemas (generated from {@link ApiResponse} and {@link ErrorBody}), the error, 401 and 429
 * answers with {@code Retry-After}, {@code X-Request-Id} on every answer, the
 * {@code Idempotency-Key} request header and its {@code Idempotent-Replayed} answer header, and one
 * tag per context.
 */
final class ContractConventions {
    // The seed dialects' error body (DESIGN §Client profiles): {"error": "..."}
    private static final Class<?> SIOREE_ERROR = io.ensemble.web.compat.sioree.SioreeError.class;
    /** The Influmojo dialect's error body {@code {success: false, error}} (issue 23 §6). */
    private static final Class<?> INFLUMOJO_ERROR = io.ensemble.web.compat.influmojo.InflumojoError.class;
    private static final String INFLUMOJO = "Influmojo";
    static final String ENVELOPE = "ApiResponse";
    static final String ERROR = "ErrorBody";
    private static final String MULTIPART = "FormDataMultiPart";
    private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
    private static final String RESPONSES = "#/components/responses/";
    private static final String HEADERS = "#/components/headers/";
    /** Prefix of the error responses of a client profile's routes ({@code {error}} bodies). */
    private static final String SEED = "Seed";
    /** Codes any route may answer (the shared errors and the HTTP layer); routes add theirs with {@code @ErrorCodes}. */
    static final List<String> COMMON_ERROR_CODES = List.of("VALIDATION_FAILED", "MALFORMED_JSON", "UNAUTHENTICATED",
            "INVALID_TOKEN", "SESSION_REVOKED", "FORBIDDEN", "NOT_FOUND", "METHOD_NOT_ALLOWED", "CONFLICT",
            "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "RATE_LIMITED", "IDEMPOTENCY_KEY_REUSED",
            "PROVIDER_UNAVAILABLE", "PROVIDER_NOT_CONFIGURED", "INTERNAL", "ACCOUNT_SUSPENDED", "NOT_ACCEPTABLE",
            "REQUEST_FAILED", "INVALID_API_KEY", "API_KEY_SCOPE");

    private ContractConventions() {
    }

    /** Adds the shared components and decorates every operation of {@code api} in place. */
    static void apply(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSecuritySchemes(ResourceConventionsExtension.BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("The access token from POST /api/v1/auth/login (15 minutes; renew with "
                        + "POST /api/v1/auth/refresh)."));
        schemas(ErrorBody.class).forEach(components::addSchemas);
        schemas(ApiResponse.class).forEach(components::addSchemas);
        components.addHeaders(RequestIdFilter.HEADER, header("The request id: the client's when it sent a safe one, "
                + "else a generated UUID; the server log has every line of the request under it."));
        components.addHeaders("Retry-After", header("Seconds to wait before trying again.").schema(integer()));
        components.addHeaders(IdempotencyHeaders.REPLAYED, header("`true` when this is the stored answer "
                + "to an earlier request with the same Idempotency-Key."));
        components.addResponses("Error", errorResponse("The error body; `code` names the failure."));
        components.addResponses("Unauthenticated", errorResponse("No valid access token (`UNAUTHENTICATED`, "
                + "`INVALID_TOKEN`, `TOKEN_EXPIRED`, ...)."));
        components.addResponses("RateLimited", errorResponse("Too many requests (`RATE_LIMITED`).")
                .addHeaderObject("Retry-After", new Header().$ref(HEADERS + "Retry-After")));
        if (api.getPaths() != null && api.getPaths().values().stream().flatMap(i -> i.readOperations().stream())
                .anyMatch(ContractConventions::seedDialect)) {
            schemas(SIOREE_ERROR).forEach(components::addSchemas);
            components.addResponses(SEED + "Error", seedError("The seed dialect's error body `{\"error\": \"...\"}`."));
            components.addResponses(SEED + "Unauthenticated", seedError("No valid access token."));
            components.addResponses(SEED + "RateLimited", seedError("Too many requests.")
                    .addHeaderObject("Retry-After", new Header().$ref(HEADERS + "Retry-After")));
        }
        if (api.getPaths() != null && api.getPaths().values().stream().flatMap(i -> i.readOperations().stream())
                .anyMatch(ContractConventions::influmojo)) {
            schemas(INFLUMOJO_ERROR).forEach(components::addSchemas);
            components.addResponses(INFLUMOJO + "Error", seedError("The Influmojo dialect's error body "
                    + "`{\"success\": false, \"error\": \"...\"}`.", INFLUMOJO_ERROR));
            components.addResponses(INFLUMOJO + "Unauthenticated", seedError("No valid access token.", INFLUMOJO_ERROR));
            components.addResponses(INFLUMOJO + "RateLimited", seedError("Too many requests.", INFLUMOJO_ERROR)
                    .addHeaderObject("Retry-After", new Header().$ref(HEADERS + "Retry-After")));
        }
        Set<String> tags = new TreeSet<>();
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                decorate(op, AnswerSchemas.apply(op, components));
                if (op.getTags() != null) {
                    tags.addAll(op.getTags());
                }
            }));
        }
        UnusedSchemas.prune(api, Set.of(ENVELOPE, ERROR, SIOREE_ERROR.getSimpleName(), INFLUMOJO_ERROR.getSimpleName()));
        NullableProperties.applyToAnswers(api);
        api.addExtension("x-common-error-codes", COMMON_ERROR_CODES);
        tags.addAll(TagNotes.EXTRA);
        api.setTags(tags.stream().map(t -> new Tag().name(t).description(TagNotes.of(t))).toList());
    }

    private static void decorate(Operation op, boolean ownShape) {
        List<Parameter> params = op.getParameters() == null ? new ArrayList<>() : new ArrayList<>(op.getParameters());
        // OpenAPI ignores a header parameter named Authorization: it is the bearer scheme
        if (params.removeIf(p -> "header".equals(p.getIn()) && HttpHeaders.AUTHORIZATION.equalsIgnoreCase(p.getName()))
                && op.getSecurity() == null) {
            op.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(
                    ResourceConventionsExtension.BEARER))));
        }
        boolean idempotent = false;
        for (Parameter p : params) {
            if ("header".equals(p.getIn()) && IdempotencyHeaders.KEY.equalsIgnoreCase(p.getName())) {
                idempotent = true;
                p.description("Repeat a request safely: the same key with the same body returns the first "
                        + "answer (with `Idempotent-Replayed: true`); with another body, 422.")
                        .schema(string().minLength(1).maxLength(255));
            }
        }
        op.setParameters(params.isEmpty() ? null : params);
        multipartForm(op);
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        io.swagger.v3.oas.models.responses.ApiResponse success = ownShape ? null : responses.remove(ApiResponses.DEFAULT);
        if (success != null || responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            success = success == null ? new io.swagger.v3.oas.models.responses.ApiResponse() : success;
            success.description("Success");
            responses.addApiResponse("2XX", success);
        }
        boolean finalIdempotent = idempotent;
        responses.forEach((code, r) -> {
            if (r.get$ref() == null) {
                r.addHeaderObject(RequestIdFilter.HEADER, new Header().$ref(HEADERS + RequestIdFilter.HEADER));
                if (finalIdempotent && code.startsWith("2")) {
                    r.addHeaderObject(IdempotencyHeaders.REPLAYED, new Header().$ref(HEADERS + IdempotencyHeaders.REPLAYED));
                }
            }
        });
        if (ownShape) {
            op.setResponses(responses);
            return;
        }
        String errors = RESPONSES + (influmojo(op) ? INFLUMOJO : seedDialect(op) ? SEED : "");
        if (op.getSecurity() != null) {
            responses.addApiResponse("401", new io.swagger.v3.oas.models.responses.ApiResponse()
                    .$ref(errors + "Unauthenticated"));
        }
        responses.addApiResponse("429", new io.swagger.v3.oas.models.responses.ApiResponse()
                .$ref(errors + "RateLimited"));
        responses.setDefault(new io.swagger.v3.oas.models.responses.ApiResponse().$ref(errors + "Error"));
        op.setResponses(responses);
    }

    /**
     * A Jersey {@code FormDataMultiPart} body reads as Jersey's own classes: describe it as a form
     * instead (its part names are read in code, see the route's description).
     */
    private static void multipartForm(Operation op) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return;
        }
        MediaType form = op.getRequestBody().getContent().get(jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA);
        if (form != null && form.getSchema() != null && form.getSchema().get$ref() != null
                && form.getSchema().get$ref().endsWith("/" + MULTIPART)) {
            form.setSchema(new JsonSchema().types(Set.of("object")).description(
                    "A multipart/form-data form: file parts and text fields."));
        }
    }

    /** @return whether {@code op} is a route of a client profile's dialect (context {@code compat.*}), whose errors are {@code {error}} */
    private static boolean seedDialect(Operation op) {
        return op.getTags() != null && op.getTags().stream().anyMatch(t -> t.startsWith("compat."));
    }

    /** @return whether {@code op} is a route of the Influmojo dialect, whose errors are {@code {success: false, error}} */
    private static boolean influmojo(Operation op) {
        return op.getTags() != null && op.getTags().contains("compat.influmojo");
    }

    private static io.swagger.v3.oas.models.responses.ApiResponse seedError(String description) {
        return seedError(description, SIOREE_ERROR);
    }

    private static io.swagger.v3.oas.models.responses.ApiResponse seedError(String description, Class<?> body) {
        return new io.swagger.v3.oas.models.responses.ApiResponse().description(description)
                .content(new Content().addMediaType(JSON, new MediaType().schema(
                        new JsonSchema().$ref("#/components/schemas/" + body.getSimpleName()))))
                .addHeaderObject(RequestIdFilter.HEADER, new Header().$ref(HEADERS + RequestIdFilter.HEADER));
    }

    private static io.swagger.v3.oas.models.responses.ApiResponse errorResponse(String description) {
        return new io.swagger.v3.oas.models.responses.ApiResponse().description(description)
                .content(new Content().addMediaType(JSON, new MediaType().schema(
                        new JsonSchema().$ref("#/components/schemas/" + ERROR))))
                .addHeaderObject(RequestIdFilter.HEADER, new Header().$ref(HEADERS + RequestIdFilter.HEADER));
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemas(Class<?> type) {
        return ModelConverters.getInstance(true).readAll(type);
    }

    private static Header header(String description) {
        return new Header().description(description).schema(string());
    }

    private static Schema<?> string() {
        return new JsonSchema().types(Set.of("string"));
    }

    private static Schema<?> integer() {
        return new JsonSchema().types(Set.of("integer"));
    }
}
