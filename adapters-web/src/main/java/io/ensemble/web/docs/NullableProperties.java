package io.ensemble.web.docs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The presence and nullability of each property of a generated object schema that answers use, read from how
 * Jackson writes the class (issue 24 §1, §4: views must be honest for the response check):
 * <ul>
 *   <li>a property Jackson always writes (the default inclusion, {@code ALWAYS}) is {@code required};</li>
 *   <li>such a property of a reference type (not a Java primitive, not a collection, array or map) may be written
 *       as {@code null}: its schema also admits {@code null} (a {@code type} array, or {@code anyOf} with
 *       {@code {type: null}} around a {@code $ref} or an enum);</li>
 *   <li>a property under {@code @JsonInclude(NON_NULL / NON_EMPTY / ...)} is left out when empty: optional, never
 *       {@code null}; a primitive is still required;</li>
 *   <li>an explicit swagger {@code @Schema(requiredMode = ...)} or {@code nullable} on the property wins.</li>
 * </ul>
 * The result: a field renamed or dropped in code fails the check as a missing required property.
 */
final class NullableProperties {
    /** Introspects with Jackson's defaults (swagger's own mapper omits nulls; Dropwizard's writes them). */
    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** The Java type of each named schema, recorded while swagger-core resolves models. */
    private static final Map<String, JavaType> TYPES = new ConcurrentHashMap<>();

    private NullableProperties() {
    }

    /** Records that the schema {@code name} was generated from {@code type}. */
    static void remember(String name, JavaType type) {
        TYPES.put(name, type);
    }

    /**
     * Marks the schemas answers use (reachable from any response), not those only requests use: a request
     * field may be left out whatever its Java type.
     *
     * @param api the model, changed in place
     */
    @SuppressWarnings("rawtypes")
    static void applyToAnswers(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        JsonNode tree = Json31.mapper().valueToTree(api);
        Set<String> roots = new HashSet<>();
        tree.path("paths").forEach(item -> item.forEach(op -> UnusedSchemas.collect(op.path("responses"), roots)));
        UnusedSchemas.collect(tree.path("components").path("responses"), roots);
        for (String name : UnusedSchemas.closure(roots, tree.path("components").path("schemas"))) {
            Schema model = api.getComponents().getSchemas().get(name);
            JavaType type = TYPES.get(name);
            if (model != null && type != null) {
                apply(model, type);
            }
        }
    }

    /**
     * Marks the properties of {@code model} (the object schema generated for {@code type}) in place.
     *
     * @param model an object schema with properties
     * @param type the Java type it was generated from
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void apply(Schema model, JavaType type) {
        Map<String, Schema> properties = model.getProperties();
        if (properties == null || properties.isEmpty() || type.isContainerType()) {
            return;
        }
        BeanDescription bean = PLAIN.getSerializationConfig().introspect(type);
        JsonInclude.Include classInclusion = bean.findPropertyInclusion(JsonInclude.Value.empty()).getValueInclusion();
        for (BeanPropertyDefinition p : bean.findProperties()) {
            Schema property = properties.get(p.getName());
            if (property == null || !p.couldSerialize() || explicit(p)) {
                continue;
            }
            JsonInclude.Include own = p.findInclusion() == null ? JsonInclude.Include.USE_DEFAULTS
                    : p.findInclusion().getValueInclusion();
            JsonInclude.Include inclusion = own == JsonInclude.Include.USE_DEFAULTS ? classInclusion : own;
            boolean always = inclusion == null || inclusion == JsonInclude.Include.USE_DEFAULTS
                    || inclusion == JsonInclude.Include.ALWAYS;
            Class<?> raw = p.getRawPrimaryType();
            if (always || raw.isPrimitive()) {
                required(model, p.getName());
            }
            if (always && !raw.isPrimitive() && !container(raw)) {
                properties.put(p.getName(), nullable(property));
            }
        }
    }

    private static boolean explicit(BeanPropertyDefinition p) {
        io.swagger.v3.oas.annotations.media.Schema s = p.getPrimaryMember() == null ? null
                : p.getPrimaryMember().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return s != null && (s.requiredMode() != io.swagger.v3.oas.annotations.media.Schema.RequiredMode.AUTO
                || s.nullable());
    }

    private static boolean container(Class<?> raw) {
        return raw.isArray() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
    }

    @SuppressWarnings("rawtypes")
    private static void required(Schema model, String name) {
        List<String> required = model.getRequired() == null ? new ArrayList<>() : new ArrayList<>(model.getRequired());
        if (!required.contains(name)) {
            required.add(name);
            model.setRequired(required);
        }
    }

    /** @return {@code property} admitting {@code null} too */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema nullable(Schema property) {
        Set<String> types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes())
                : property.getType() != null ? new LinkedHashSet<>(List.of(property.getType())) : new LinkedHashSet<>();
        if (types.contains("null") || (property.getAnyOf() != null && ((List<Schema>) property.getAnyOf()).stream()
                .anyMatch(s -> s.getTypes() != null && s.getTypes().contains("null")))) {
            return property;
        }
        boolean simple = property.get$ref() == null && property.getEnum() == null && property.getAllOf() == null
                && property.getAnyOf() == null && property.getOneOf() == null && !types.isEmpty();
        if (simple) {
            types.add("null");
            property.setTypes(types);
            property.setType(null);
            return property;
        }
        String description = property.getDescription();
        property.setDescription(null);
        return new JsonSchema().anyOf(List.of(property, new JsonSchema().types(Set.of("null"))))
                .description(description);
    }
}
