package io.ensemble.web.compat.influmojo;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a resource of the Influmojo dialect, whose errors {@link InflumojoErrorFilter} rewrites to the seed's shape. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface InflumojoRoute {
}
