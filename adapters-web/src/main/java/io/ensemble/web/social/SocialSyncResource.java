package io.ensemble.web.social;

import com.codahale.metrics.annotation.Timed;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import io.ensemble.identity.Caller;
import io.ensemble.identity.SessionService;
import io.ensemble.profiles.Profile;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.social.Platform;
import io.ensemble.social.PlatformStats;
import io.ensemble.social.SocialSyncService;
import io.ensemble.social.SyncResult;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.ratelimit.RateLimiter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/profiles/social-sync/{tiktok|twitch|twitter|instagram}} of seeds/004 §Sync
 * Endpoints, served in the seed's own shapes rather than the CONVENTIONS envelope (CONVENTIONS: "a
 * seed's own route shape is served exactly as the seed writes it"). To keep those shapes without
 * touching the global exception mappers, this resource authenticates the bearer token itself, reads
 * the body as raw JSON and turns every failure into the seed's bodies here:
 * 400 {@code {"message":"Validation failed","details":[{message,path,type,context}]}} or
 * {@code {"message":"Invalid platform type","error":…}}, 401 {@code {"message":"Unauthorized",
 * "error":"Invalid or missing token"}}, 404 {@code {"message":"Profile not found","error":"User
 * profile does not exist"}}, 429 {@code {"message":"Too many sync requests","error":"Please wait
 * before syncing again"}} with {@code Retry-After}, 500 {@code {"message":"Internal server error",
 * "error":…}} (never a stack trace). Order of checks: token, rate limit (10/min per user),
 * platform, body, profile.
 */
@Path("/api/v1/profiles/social-sync")
@Produces(MediaType.APPLICATION_JSON)
public final class SocialSyncResource {
    private static final Logger LOG = LoggerFactory.getLogger(SocialSyncResource.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** JavaScript {@code Date.prototype.toISOString}: always milliseconds, {@code Z}. */
    private static final DateTimeFormatter JS_ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final SessionService sessions;
    private final SocialSyncService sync;
    private final RateLimiter limiter;
    private final io.ensemble.profiles.CollaborationPreferencesService preferences;

    /**
     * @param sessions resolves bearer tokens to callers
     * @param sync the stats push use case
     * @param limiter per-user limiter (seeds/004 §Rate Limiting: 10 per minute)
     * @param preferences the caller's stored {@code preferences}, {@code country} and {@code rizzScore}
     */
    public SocialSyncResource(SessionService sessions, SocialSyncService sync, RateLimiter limiter,
                              io.ensemble.profiles.CollaborationPreferencesService preferences) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    /**
     * Pushes one platform's {@code {followers, engagement?}} for the caller.
     *
     * @param authorization {@code Bearer <access token>}
     * @param platform tiktok, twitch, twitter or instagram (exact, lower case)
     * @param body raw JSON body
     * @return 200 {@code {success, message, profile}} with {@code profile.stats.platformBreakdown},
     *     {@code totalFollowers} (sum) and {@code avgEngagement} (mean of non-zero); the error bodies above otherwise
     */
    @POST
    @Path("/{platform}")
    @Timed
    @Answers(value = ObjectNode.class, envelope = false)
    @ErrorCodes({})
    public Response push(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @PathParam("platform") String platform, String body) {
        try {
            Optional<Caller> caller = authenticate(authorization);
            if (caller.isEmpty()) {
                return reply(401, message("Unauthorized", "Invalid or missing token"));
            }
            limiter.acquire("social-sync:" + caller.get().userId());
            Optional<Platform> target = Platform.pushableByKey(platform);
            if (target.isEmpty()) {
                return reply(400, message("Invalid platform type",
                        "Platform must be one of: tiktok, twitter, twitch, instagram"));
            }
            SyncBodyValidation input = SyncBodyValidation.of(parse(body), target.get());
            if (!input.valid()) {
                ObjectNode out = NODES.objectNode().put("message", "Validation failed");
                out.set("details", input.details());
                return reply(400, out);
            }
            SyncResult result = sync.pushStats(caller.get(), target.get(), input.followers(), input.engagement());
            return reply(200, success(result, preferences.preferences(caller.get())));
        } catch (RateLimited e) {
            return Response.fromResponse(reply(429, message("Too many sync requests", "Please wait before syncing again")))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .build();
        } catch (NotFound e) {
            return reply(404, message("Profile not found", "User profile does not exist"));
        } catch (ProviderUnavailable e) {
            LOG.warn("Social sync failed: database unavailable", e);
            return reply(500, message("Internal server error", "Database connection failed"));
        } catch (RuntimeException e) {
            LOG.error("Social sync failed", e);
            return reply(500, message("Internal server error", "Unexpected error"));
        }
    }

    private Optional<Caller> authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(sessions.authenticate(header.substring(7).strip()));
        } catch (Unauthenticated e) {
            return Optional.empty();
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return NODES.objectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return NODES.objectNode();
        }
    }

    private static ObjectNode message(String message, String error) {
        return NODES.objectNode().put("message", message).put("error", error);
    }

    private static Response reply(int status, JsonNode body) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(JSON.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The success body of seeds/004 §1 TikTok Sync, field for field and in its order. */
    static ObjectNode success(SyncResult r, io.ensemble.profiles.CollaborationPreferences m) {
        Profile p = r.profile();
        ObjectNode out = NODES.objectNode();
        out.put("success", true);
        String key = r.platform().key();
        out.put("message", "Social media " + Character.toUpperCase(key.charAt(0)) + key.substring(1)
                + " synced successfully");
        ObjectNode profile = out.putObject("profile");
        ObjectNode stats = profile.putObject("stats");
        ObjectNode breakdown = stats.putObject("platformBreakdown");
        Instant lastPush = p.updatedAt();
        for (PlatformStats s : r.stats().breakdown()) {
            ObjectNode entry = breakdown.putObject(s.platform().key());
            entry.put("followers", s.followers());
            entry.set("engagement", number(s.engagement()));
            if (s.updatedAt().isAfter(lastPush)) {
                lastPush = s.updatedAt();
            }
        }
        stats.put("totalFollowers", r.stats().totalFollowers());
        stats.set("avgEngagement", number(r.stats().avgEngagement()));
        ObjectNode prefs = profile.putObject("preferences");
        prefs.putObject("audienceSize").put("min", m.audienceMin()).put("max", m.audienceMax());
        prefs.putObject("budget").put("min", m.budgetMin()).put("max", m.budgetMax());
        m.collaborationTypes().forEach(prefs.putArray("collaborationTypes")::add);
        m.locations().forEach(prefs.putArray("locations")::add);
        profile.putObject("location").put("city", p.city()).put("state", p.region()).put("country", m.country());
        String id = p.userId().toString();
        profile.put("_id", id);
        profile.put("userId", id);
        p.categories().forEach(profile.putArray("niche")::add);
        profile.put("rizzScore", m.rizzScore());
        profile.put("isPublic", true);
        profile.put("isActive", true);
        profile.put("lastSeen", JS_ISO.format(lastPush));
        profile.put("createdAt", JS_ISO.format(p.createdAt()));
        profile.put("updatedAt", JS_ISO.format(lastPush));
        profile.put("__v", 0);
        profile.put("bio", p.bio().isEmpty() ? p.description() : p.bio());
        profile.put("displayName", p.businessName().isEmpty() ? p.displayName() : p.businessName());
        profile.put("avatar", p.avatarUrl());
        profile.put("profileUrl", p.username().isEmpty() ? "" : "/" + p.username().toLowerCase(Locale.ROOT));
        profile.put("id", id);
        return out;
    }

    /** A number as JavaScript's JSON.stringify writes it: whole values without a fraction ({@code 0}, not {@code 0.0}). */
    static ValueNode number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 9.007199254740992E15) {
            return LongNode.valueOf((long) value);
        }
        return DoubleNode.valueOf(value);
    }
}
