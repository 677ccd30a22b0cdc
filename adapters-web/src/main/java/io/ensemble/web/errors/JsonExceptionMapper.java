package io.ensemble.web.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.web.errors.ErrorResponses;
import io.ensemble.web.text.NulCharacterException;
import io.ensemble.web.text.NulCharacters;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns unreadable request bodies into 400 {@code VALIDATION_FAILED}: malformed JSON gets a
 * plain message, a wrong-typed field or a string containing NUL (issue 28 §1) gets a {@code details}
 * entry naming the field. Never echoes
 * parser internals or a stack trace.
 */
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return ErrorResponses.of(400, "MALFORMED_JSON", "The request body is not valid JSON.");
        }
        String field = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return ErrorResponses.of(400, "MALFORMED_JSON", "The request body must be a JSON object.");
        }
        if (e instanceof NulCharacterException) {
            return ErrorResponses.of(400, "VALIDATION_FAILED", "Some fields are invalid; see details.",
                    List.of(new FieldError(field, NulCharacters.MESSAGE)));
        }
        String expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? describe(mismatch.getTargetType())
                : "a valid value";
        String message = e instanceof InvalidFormatException ? "has an invalid value; expected " + expected
                : "must be " + expected;
        return ErrorResponses.of(400, "VALIDATION_FAILED", "Some fields are invalid; see details.",
                List.of(new FieldError(field, message)));
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        } else if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        } else if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }
}
