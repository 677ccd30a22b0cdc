package io.ensemble.web.apikeys;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or class) as usable with an API key carrying the named scope (issue 26 §3),
 * e.g. {@code @ApiKeyScope("events:read")}. A route without it refuses every API key with 403; user
 * access tokens are unaffected.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ApiKeyScope {
    /** The scope the key must carry, one of {@code io.ensemble.apikeys.ApiScopes#ALL}. */
    String value();
}
