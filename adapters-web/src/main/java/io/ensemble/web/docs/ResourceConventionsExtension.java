package io.ensemble.web.docs;

import com.fasterxml.jackson.annotation.JsonView;
import io.dropwizard.auth.Auth;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ErrorCodes;
import io.swagger.v3.jaxrs2.ResolvedParameter;
import io.swagger.v3.jaxrs2.ext.AbstractOpenAPIExtension;
import io.swagger.v3.jaxrs2.ext.OpenAPIExtension;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.ws.rs.Consumes;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A swagger-core reader extension (loaded by {@code ServiceLoader} from
 * {@code META-INF/services/io.swagger.v3.jaxrs2.ext.OpenAPIExtension}) that teaches the reader this
 * code base's conventions without annotations on the resources (issue 24 §1):
 * <ul>
 *   <li>a Dropwizard {@code @Auth} parameter is the authenticated caller, not a request body: it is
 *       dropped and the operation gets the bearer security requirement (optional for
 *       {@code @Auth Optional<Caller>});</li>
 *   <li>the tag is the bounded context, the package after {@code io.ensemble.web.}
 *       ({@code io.ensemble.web.connections} → {@code connections});</li>
 *   <li>the operation id is {@code <context>.<ResourceClass>.<method>}, unique and stable;</li>
 *   <li>a method's {@link Answers} is passed on to {@link ContractConventions} (the envelope schema of a raw
 *       {@code Response}).</li>
 * </ul>
 */
public final class ResourceConventionsExtension extends AbstractOpenAPIExtension {
    /** Name of the bearer security scheme in {@code components.securitySchemes}. */
    public static final String BEARER = "bearerAuth";
    private static final String WEB_PACKAGE = "io.ensemble.web.";
    /** Operation extension carrying the method's {@link Answers} from the read to {@link ContractConventions}. */
    static final String ANSWERS = "x-ensemble-answers";
    /** Operation extension listing the route's own error codes ({@link ErrorCodes}), kept in the document. */
    public static final String ERROR_CODES = "x-error-codes";

    /**
     * Skips {@code @Auth} parameters; any other parameter goes down the chain (swagger's default
     * extension), with this extension's configuration.
     */
    @Override
    public ResolvedParameter extractParameters(List<Annotation> annotations, Type type, Set<Type> typesToSkip,
                                               Components components, Consumes classConsumes,
                                               Consumes methodConsumes, boolean includeRequestBody,
                                               JsonView jsonViewAnnotation, Iterator<OpenAPIExtension> chain) {
        if (annotations.stream().anyMatch(a -> a instanceof Auth)) {
            return new ResolvedParameter();
        }
        if (!chain.hasNext()) {
            return new ResolvedParameter();
        }
        // the reader configures only the first extension of the chain: pass OpenAPI 3.1 on to swagger's default
        OpenAPIExtension next = chain.next();
        next.setConfiguration(configuration);
        return next.extractParameters(annotations, type, typesToSkip, components, classConsumes, methodConsumes,
                includeRequestBody, jsonViewAnnotation, chain);
    }

    /** Sets the context tag, the operation id and, for {@code @Auth} methods, the bearer requirement. */
    @Override
    public void decorateOperation(Operation operation, Method method, Iterator<OpenAPIExtension> chain) {
        Class<?> resource = method.getDeclaringClass();
        String context = context(resource);
        operation.setTags(new ArrayList<>(List.of(context)));
        operation.setOperationId(context + "." + resource.getSimpleName() + "." + method.getName());
        authParameter(method).ifPresent(p -> {
            List<SecurityRequirement> security = new ArrayList<>();
            if (Optional.class.equals(p.getType())) {
                security.add(new SecurityRequirement()); // anonymous callers are accepted too
            }
            security.add(new SecurityRequirement().addList(BEARER));
            operation.setSecurity(security);
        });
        Answers answers = method.getAnnotation(Answers.class);
        if (answers != null) {
            operation.addExtension(ANSWERS, answers); // read (and removed) by ContractConventions
        }
        ErrorCodes codes = method.getAnnotation(ErrorCodes.class);
        if (codes != null) {
            operation.addExtension(ERROR_CODES, List.of(codes.value()));
            operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                    + (codes.value().length == 0 ? "This route answers only the common error codes."
                    : "Error codes of this route (besides the common ones): `" + String.join("`, `", codes.value())
                    + "`."));
        }
        super.decorateOperation(operation, method, chain);
    }

    /**
     * @param resource a resource class
     * @return its context: the package after {@code io.ensemble.web.} (e.g. {@code messaging},
     *     {@code compat.sioree}), or the whole package name outside it
     */
    public static String context(Class<?> resource) {
        String pkg = resource.getPackageName();
        return pkg.startsWith(WEB_PACKAGE) ? pkg.substring(WEB_PACKAGE.length()) : pkg;
    }

    private static Optional<Parameter> authParameter(Method method) {
        return Arrays.stream(method.getParameters()).filter(p -> p.isAnnotationPresent(Auth.class)).findFirst();
    }
}
