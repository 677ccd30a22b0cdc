package io.ensemble.web.docs;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.PageView;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The success answer of an operation whose method returns a raw {@code Response} and declares {@link Answers}:
 * the {@code ApiResponse<T>} (or {@code ApiResponse<PageView<T>>}) envelope schema under each declared status
 * (issue 24 §1), generated like the typed methods' so names and nullability match.
 */
final class AnswerSchemas {
    private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

    private AnswerSchemas() {
    }

    /**
     * Replaces the operation's untyped default answer by the declared one, when it declares one.
     *
     * @return whether the operation answers its own shape ({@code Answers.envelope() == false}): its failures are
     *     then documented as that shape too, not as the error body
     */
    static boolean apply(Operation op, Components components) {
        Object declared = op.getExtensions() == null ? null : op.getExtensions().remove(ResourceConventionsExtension.ANSWERS);
        if (op.getExtensions() != null && op.getExtensions().isEmpty()) {
            op.setExtensions(null);
        }
        if (!(declared instanceof Answers answers)) {
            return false;
        }
        TypeFactory types = TypeFactory.defaultInstance();
        JavaType data = answers.page() ? types.constructParametricType(PageView.class, answers.value())
                : types.constructType(answers.value());
        JavaType envelope = answers.envelope() ? types.constructParametricType(ApiResponse.class, data) : data;
        ResolvedSchema resolved = ModelConverters.getInstance(true)
                .resolveAsResolvedSchema(new AnnotatedType(envelope).resolveAsRef(true));
        resolved.referencedSchemas.forEach(components::addSchemas);
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        io.swagger.v3.oas.models.responses.ApiResponse untyped = responses.remove(ApiResponses.DEFAULT);
        String description = untyped != null && untyped.getDescription() != null
                && !"default response".equals(untyped.getDescription()) ? untyped.getDescription() : "Success";
        for (int status : answers.status()) {
            responses.addApiResponse(Integer.toString(status), new io.swagger.v3.oas.models.responses.ApiResponse()
                    .description(status == 201 ? "Created" : description)
                    .content(new Content().addMediaType(JSON, new MediaType().schema(resolved.schema))));
        }
        if (!answers.envelope()) {
            responses.setDefault(new io.swagger.v3.oas.models.responses.ApiResponse()
                    .description("The route's own (seed) shape, for failures too")
                    .content(new Content().addMediaType(JSON, new MediaType().schema(resolved.schema))));
        }
        op.setResponses(responses);
        return !answers.envelope();
    }
}
