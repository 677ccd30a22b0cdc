package io.ensemble.web.docs;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;

/**
 * Schema names for nested classes prefixed by their enclosing class ({@code OrderBodies.Place} →
 * {@code OrderBodiesPlace}). swagger-core names a schema by the class's simple name, so two request
 * records called {@code Connect} in two resources would share one schema and one route would be
 * documented with the other's fields.
 */
final class NestedTypeNames extends TypeNameResolver {

    @Override
    protected String getNameOfClass(Class<?> cls) {
        Class<?> enclosing = cls.getEnclosingClass();
        return enclosing == null ? super.getNameOfClass(cls) : getNameOfClass(enclosing) + cls.getSimpleName();
    }

    /**
     * Puts a model resolver using these names first in swagger-core's (process-wide) converter chain
     * for {@code config}, once.
     */
    static void install(SwaggerConfiguration config) {
        synchronized (NestedTypeNames.class) {
            ModelConverters converters = ModelConverters.getInstance(config.toConfiguration());
            if (converters.getConverters().stream().noneMatch(Resolver.class::isInstance)) {
                converters.addConverter(new Resolver(config));
            }
        }
    }

    /**
     * swagger-core's model resolver with {@link NestedTypeNames}, remembering the Java type of each named schema
     * for {@link NullableProperties}.
     */
    private static final class Resolver extends ModelResolver {
        Resolver(SwaggerConfiguration config) {
            super(Json31.mapper(), new NestedTypeNames());
            configuration(config.toConfiguration());
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Schema resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> next) {
            Schema schema = super.resolve(annotated, context, next);
            if (schema == null || annotated.getType() == null) {
                return schema;
            }
            JavaType type = _mapper.constructType(annotated.getType());
            String name = schema.get$ref() != null ? schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)
                    : schema.getName();
            if (name != null && !type.isContainerType()) {
                NullableProperties.remember(name, type);
            }
            return schema;
        }
    }
}
