package io.ensemble.web.social;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ensemble.social.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * The request validation of seeds/004 §Validation Rules, reproduced on the raw JSON so that its
 * JavaScript semantics carry over: {@code followers} must be a truthy number (so 0 and numeric
 * strings are "required", as in the seed's {@code !data.followers || typeof ... !== 'number'}),
 * must not be below 0, and a truthy {@code engagement} must lie within 0..100. Error entries are
 * {@code {message, path, type, context}} exactly as the seed writes them.
 *
 * <p>Two additions where the seed would store a non-number or exceed its own per-platform schema
 * (seeds/004 §Data Validation): a truthy non-numeric {@code engagement} fails with
 * {@code number.base}, and {@code followers} above the platform maximum (100,000,000; 10,000,000
 * for twitch) fails with {@code number.max}. Fractional followers are floored (seeds/004 §Input
 * Sanitization).
 */
final class SyncBodyValidation {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<ObjectNode> errors = new ArrayList<>();
    private long followers;
    private double engagement;

    private SyncBodyValidation() {
    }

    /** @return the validation outcome of {@code body} (any JSON; non-objects read as {@code {}}) */
    static SyncBodyValidation of(JsonNode body, Platform platform) {
        SyncBodyValidation v = new SyncBodyValidation();
        JsonNode obj = body != null && body.isObject() ? body : MissingNode.getInstance();
        JsonNode f = obj.path("followers");
        JsonNode e = obj.path("engagement");
        if (!truthy(f) || !f.isNumber()) {
            v.errors.add(error("\"followers\" is required", "followers", "any.required",
                    context("followers").put("label", "followers")));
        }
        if (jsNumber(f) < 0) {
            v.errors.add(error("\"followers\" must be a positive number", "followers", "number.positive",
                    context("followers").set("value", f)));
        }
        long max = platform == Platform.TWITCH ? 10_000_000L : 100_000_000L;
        if (truthy(f) && f.isNumber() && f.asDouble() > max) {
            ObjectNode ctx = context("followers");
            ctx.put("limit", max);
            ctx.set("value", f);
            ctx.put("label", "followers");
            v.errors.add(error("\"followers\" must be less than or equal to " + max, "followers", "number.max", ctx));
        }
        double eng = jsNumber(e);
        if (truthy(e) && (eng < 0 || eng > 100)) {
            v.errors.add(error("\"engagement\" must be between 0 and 100", "engagement", "number.range",
                    context("engagement").set("value", e)));
        } else if (truthy(e) && Double.isNaN(eng)) {
            ObjectNode ctx = context("engagement");
            ctx.put("label", "engagement");
            ctx.set("value", e);
            v.errors.add(error("\"engagement\" must be a number", "engagement", "number.base", ctx));
        }
        if (v.errors.isEmpty()) {
            v.followers = (long) Math.floor(f.asDouble());
            v.engagement = truthy(e) ? eng : 0;
        }
        return v;
    }

    /** @return whether no rule failed */
    boolean valid() {
        return errors.isEmpty();
    }

    /** @return the failed rules as the seed's {@code details} array, in rule order */
    ArrayNode details() {
        ArrayNode out = NODES.arrayNode();
        errors.forEach(out::add);
        return out;
    }

    /** @return the follower count to store (valid bodies only), floored to a whole number */
    long followers() {
        return followers;
    }

    /** @return the engagement percentage to store (valid bodies only), 0 when not sent */
    double engagement() {
        return engagement;
    }

    private static ObjectNode error(String message, String field, String type, ObjectNode context) {
        ObjectNode n = NODES.objectNode();
        n.put("message", message);
        n.set("path", NODES.arrayNode().add(field));
        n.put("type", type);
        n.set("context", context);
        return n;
    }

    private static ObjectNode context(String key) {
        return NODES.objectNode().put("key", key);
    }

    /** JavaScript truthiness of a JSON value (missing = undefined). */
    private static boolean truthy(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return false;
        } else if (n.isNumber()) {
            double d = n.asDouble();
            return d != 0 && !Double.isNaN(d);
        } else if (n.isTextual()) {
            return !n.asText().isEmpty();
        } else if (n.isBoolean()) {
            return n.asBoolean();
        }
        return true;
    }

    /** JavaScript {@code Number(value)} as used by the relational operators; NaN when not numeric. */
    private static double jsNumber(JsonNode n) {
        if (n.isMissingNode()) {
            return Double.NaN;
        } else if (n.isNull()) {
            return 0;
        } else if (n.isNumber()) {
            return n.asDouble();
        } else if (n.isBoolean()) {
            return n.asBoolean() ? 1 : 0;
        } else if (n.isTextual()) {
            String s = n.asText().strip();
            if (s.isEmpty()) {
                return 0;
            }
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
