package io.ensemble.web.notifications;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.notifications.PushDeviceService;
import io.ensemble.notifications.RegisterDevice;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Objects;

/**
 * Push device registration for the push channel (issue 5 §4; no seed defines one, so it follows
 * seeds/001's style): {@code POST /api/v1/notifications/devices} {@code {token, platform}} → 201
 * {@code {platform}}; {@code DELETE /api/v1/notifications/devices/{token}} → 200, 404 unless the
 * caller registered that token.
 */
@Path("/api/v1/notifications/devices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class PushDeviceResource {
    private final PushDeviceService devices;

    /** @param devices the device use cases */
    public PushDeviceResource(PushDeviceService devices) {
        this.devices = Objects.requireNonNull(devices, "devices");
    }

    /** Registers (or re-registers) a device token of the caller. */
    @POST
    @Timed
    @Answers(value = Map.class, status = 201)
    @ErrorCodes({})
    public Response register(@Auth Caller caller, DeviceBody body) {
        DeviceBody b = Objects.requireNonNullElse(body, DeviceBody.EMPTY);
        RegisterDevice command = RegisterDevice.parse(b.token(), b.platform());
        devices.registerDevice(caller, command);
        return ApiResponse.created("Device registered", Map.of("platform", command.platform().name()));
    }

    /** Unregisters one of the caller's device tokens (at sign-out). */
    @DELETE
    @Path("/{token}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> unregister(@Auth Caller caller, @PathParam("token") String token) {
        devices.unregisterDevice(caller, token);
        return ApiResponse.ok("Device unregistered", null);
    }
}
