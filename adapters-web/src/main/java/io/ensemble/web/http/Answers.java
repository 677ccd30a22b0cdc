package io.ensemble.web.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method returning a raw {@code jakarta.ws.rs.core.Response} answers on success, for the OpenAPI
 * document (issue 24 §1): the {@link ApiResponse} envelope whose {@code data} is {@link #value()} (or a cursor
 * {@link PageView} of it with {@link #page()}), under {@link #status()}. Methods returning {@code ApiResponse<T>}
 * need no annotation: the type says it. The e2e response check (ContractValidator) holds it true.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {
    /** @return the type of the envelope's {@code data} ({@code Void} for an envelope without data) */
    Class<?> value();

    /** @return the success statuses, e.g. 201 for a create, {201, 200} when a repeat answers 200 */
    int[] status() default {200};

    /** @return whether {@code data} is a cursor page of {@link #value()} */
    boolean page() default false;

    /**
     * @return false for a route that answers its seed's own JSON shape instead of the envelope and error body
     *     (then every answer, success or failure, is documented as {@link #value()} itself)
     */
    boolean envelope() default true;
}
