package io.ensemble.web.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Thrown while reading a JSON body when a string contains NUL (issue 28 §1). Jackson prepends the
 * field path as it unwinds, and {@code JsonExceptionMapper} renders it as a {@code details} entry.
 */
public final class NulCharacterException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    /** @param parser the parser positioned on the offending string */
    public NulCharacterException(JsonParser parser) {
        super(parser, "A string contains the NUL character.");
    }
}
