package io.ensemble.web.apikeys;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or class) as usable with an API key carrying the named scope (issue 26 §3),
 * e.g. {@code @ApiKeyScope("events:read")}. A route without it refuses every API key with 403; user
 * access tokens are unaffected. With {@link #onBehalfOf()} the key acts as the user its request names
 * (issue 26 §3).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ApiKeyScope {
    /** The scope the key must carry, one of {@code io.ensemble.apikeys.ApiScopes#ALL}. */
    String value();

    /**
     * Whether the route acts as a person: a key then names the user in the {@code On-Behalf-Of} header
     * (400 naming it when absent or not an active account) and the request runs as that user.
     */
    boolean onBehalfOf() default false;
}
