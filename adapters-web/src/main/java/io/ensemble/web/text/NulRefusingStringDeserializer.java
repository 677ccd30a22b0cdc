package io.ensemble.web.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Reads JSON strings like Jackson's own {@link StringDeserializer} (same coercion rules) and refuses
 * one containing NUL with a {@link NulCharacterException} (issue 28 §1); registered for
 * {@code String} in {@code JsonSettings}, so every request record's text fields are covered.
 */
public final class NulRefusingStringDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer for {@code String}. */
    public NulRefusingStringDeserializer() {
        super(String.class);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
        return "";
    }

    /** @throws NulCharacterException when the string contains {@code U+0000} */
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = StringDeserializer.instance.deserialize(p, ctxt);
        if (NulCharacters.contains(value)) {
            throw new NulCharacterException(p);
        }
        return value;
    }
}
