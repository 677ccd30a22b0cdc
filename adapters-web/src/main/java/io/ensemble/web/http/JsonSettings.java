package io.ensemble.web.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.ensemble.web.text.NulRefusingStringDeserializer;

/**
 * The API's JSON rules (CONVENTIONS §HTTP API): ISO-8601 times, unknown fields ignored (so a
 * client cannot mass-assign {@code role} or {@code status}: the request records simply lack them),
 * and no silent coercion between strings, numbers and booleans, so a wrong-typed field is a 400.
 * Strings containing NUL are refused (issue 28 §1: PostgreSQL cannot store them).
 */
public final class JsonSettings {
    private JsonSettings() {
    }

    /** Applies the rules to the mapper Jersey uses; call after the configuration was parsed. */
    public static void apply(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("nul-refusing-strings")
                .addDeserializer(String.class, new NulRefusingStringDeserializer()));
    }
}
