package io.ensemble.web.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route-specific error {@code code} values a resource method can answer, besides the common ones every route
 * may answer (VALIDATION_FAILED, UNAUTHENTICATED, NOT_FOUND, RATE_LIMITED, ...: the document's
 * {@code x-common-error-codes}). They appear in the operation's description and as {@code x-error-codes} in the
 * OpenAPI document (issue 24 §1). It cannot go stale silently: the e2e response check (ContractValidator) fails
 * when a route that declares its codes answers a code that is neither declared nor common.
 *
 * <p>Every resource method carries it (ApiDocsTest fails naming an operation without it); {@code @ErrorCodes({})}
 * declares a route that answers only the common codes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ErrorCodes {
    /** @return the codes, e.g. {@code EMAIL_TAKEN} */
    String[] value();
}
