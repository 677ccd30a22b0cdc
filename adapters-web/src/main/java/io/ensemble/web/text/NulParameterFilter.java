package io.ensemble.web.text;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses query and path parameters containing NUL (decoded {@code %00}) with 400
 * {@code VALIDATION_FAILED} and a {@code details} entry per parameter (issue 28 §1), before
 * authentication and before any resource runs, so nothing reaches the database.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class NulParameterFilter implements ContainerRequestFilter {

    /** @throws ValidationFailed naming every parameter that contains NUL */
    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        collect(request.getUriInfo().getPathParameters(true), errors);
        collect(request.getUriInfo().getQueryParameters(true), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> params, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            boolean bad = NulCharacters.contains(param.getKey())
                    || param.getValue().stream().anyMatch(NulCharacters::contains);
            if (bad) {
                errors.add(new FieldError(param.getKey().replace('\u0000', '?'), NulCharacters.MESSAGE));
            }
        }
    }
}
