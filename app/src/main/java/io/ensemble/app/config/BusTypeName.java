package io.ensemble.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.ensemble.integrations.realtime.RealtimeBusFactory;
import java.io.IOException;

/**
 * Reads {@code realtime.bus} in both forms: the polymorphic {@code {type: redis}} and the scalar
 * {@code redis} that config files (and {@code -Ddw.realtime.bus=redis} overrides) used before the bus
 * became a {@link RealtimeBusFactory}; a scalar is read as {@code {type: <scalar>}}, so an unknown name
 * fails as an unknown type does.
 */
public final class BusTypeName extends StdDeserializer<RealtimeBusFactory> {
    private static final long serialVersionUID = 1L;

    /** Jackson's constructor. */
    public BusTypeName() {
        super(RealtimeBusFactory.class);
    }

    /** @return the factory named by {@code type}, or by the scalar itself */
    @Override
    public RealtimeBusFactory deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        if (node.isTextual()) {
            node = JsonNodeFactory.instance.objectNode().put("type", node.textValue().strip());
        }
        return ctxt.readTreeAsValue(node, RealtimeBusFactory.class);
    }

    /** The type id is read by {@link #deserialize} itself (also from a scalar), not before it. */
    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
            throws IOException {
        return deserialize(p, ctxt);
    }
}
