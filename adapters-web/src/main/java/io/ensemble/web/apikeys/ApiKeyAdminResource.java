package io.ensemble.web.apikeys;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.apikeys.ApiKeys;
import io.ensemble.identity.Caller;
import io.ensemble.web.apikeys.ApiKeyViews.CreatedKeyView;
import io.ensemble.web.apikeys.ApiKeyViews.KeyBody;
import io.ensemble.web.apikeys.ApiKeyViews.KeyView;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /api/v1/admin/api-keys} (issue 26 §3), ADMIN only (403 otherwise): {@code POST {name, scopes[],
 * expiresAt?}} → 201 {@code {id, key}} (the key shown only then), {@code GET} lists keys without
 * them, {@code DELETE /{id}} revokes at once. 400 {@code VALIDATION_FAILED} naming {@code name},
 * {@code scopes} or {@code expiresAt}.
 */
@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApiKeyAdminResource {
    private final ApiKeys keys;

    public ApiKeyAdminResource(ApiKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Creates a key; 201 with the key itself. */
    @POST
    @Timed
    @Answers(value = CreatedKeyView.class, status = 201)
    @ErrorCodes({})
    public Response create(@Auth Caller caller, @Context HttpServletRequest http, KeyBody body) {
        KeyBody b = Objects.requireNonNullElse(body, KeyBody.EMPTY);
        var created = keys.create(caller, b.name(), b.scopes(), Optional.ofNullable(b.expiresAt()),
                RequestOrigins.of(http));
        return ApiResponse.created("API key created; store it now, it is not shown again",
                new CreatedKeyView(created.key().id().toString(), created.plaintext(), created.key().name(),
                        created.key().scopes().stream().sorted().toList(), created.key().expiresAt().orElse(null)));
    }

    /** Every key, newest first. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<List<KeyView>> list(@Auth Caller caller) {
        return ApiResponse.ok("API keys", keys.list(caller).stream().map(KeyView::of).toList());
    }

    /** Revokes a key; it answers 401 from the next request on. */
    @DELETE
    @Path("/{id}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> revoke(@Auth Caller caller, @Context HttpServletRequest http, @PathParam("id") String id) {
        keys.revoke(caller, PathIds.uuid(id), RequestOrigins.of(http));
        return ApiResponse.ok("API key revoked", null);
    }
}
