package io.ensemble.web.compat.sioree;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a resource of the Sioree dialect, whose errors {@link SioreeErrorFilter} rewrites to {@code {"error"}}. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SioreeRoute {
}
