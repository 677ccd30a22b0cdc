package io.ensemble.persistence.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ensemble.notifications.NotificationEvent;
import io.ensemble.shared.outbox.DomainEvent;
import io.ensemble.shared.outbox.UnreadableEvent;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one codec between {@link DomainEvent} records and outbox rows (DESIGN §Domain events): the
 * row's {@code type} is the record's stored name ({@link OutboxEventTypes}), its {@code payload} the
 * record as a JSON object (UUIDs and enums as strings, instants as ISO-8601 UTC text, absent
 * {@code Optional}s left out). Keys come out in {@code jsonb}'s order (shorter keys first, then by
 * bytes; PostgreSQL manual §8.14), so an encoded payload reads the same as the stored row it becomes
 * and as the socket data clients received when payloads were relayed from the row. Thread-safe.
 */
public final class OutboxCodec {
    private static final OutboxCodec STANDARD = new OutboxCodec();

    private final ObjectMapper json;
    private final Map<Class<? extends DomainEvent>, String> names = new HashMap<>();

    private OutboxCodec() {
        SimpleModule keyOrder = new SimpleModule("jsonb-key-order");
        keyOrder.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> orderProperties(SerializationConfig config, BeanDescription bean,
                                                            List<BeanPropertyWriter> properties) {
                return properties.stream().sorted(Comparator.comparingInt((BeanPropertyWriter p) -> p.getName().length())
                        .thenComparing(BeanPropertyWriter::getName)).toList();
            }
        });
        this.json = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(keyOrder)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .addMixIn(NotificationEvent.Read.class, OutboxEventTypes.ReadShape.class)
                .build();
        OutboxEventTypes.BY_NAME.forEach((name, type) -> names.put(type, name));
    }

    /** @return the codec of every event type the outbox knows */
    public static OutboxCodec standard() {
        return STANDARD;
    }

    /** @return the record classes this codec reads and writes */
    public Set<Class<? extends DomainEvent>> types() {
        return names.keySet();
    }

    /**
     * @return the stored type name of {@code event}, e.g. {@code notification_received}
     * @throws IllegalArgumentException for a record not listed in {@link OutboxEventTypes}
     */
    public String typeOf(DomainEvent event) {
        String name = names.get(event.getClass());
        if (name == null) {
            throw new IllegalArgumentException("no outbox type name for " + event.getClass().getName());
        }
        return name;
    }

    /**
     * @return the payload of {@code event} as JSON text, e.g.
     *     {@code {"type":"NEW_MESSAGE","notificationId":"0190…"}}
     * @throws IllegalArgumentException for a record not listed in {@link OutboxEventTypes}
     */
    public String encode(DomainEvent event) {
        typeOf(event);
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getName(), e);
        }
    }

    /**
     * @return the payload of {@code event} as a JSON tree, the same fields in the same order as
     *     {@link #encode} (what the realtime relay publishes as socket data)
     */
    public JsonNode tree(DomainEvent event) {
        typeOf(event);
        return json.valueToTree(event);
    }

    /**
     * Reads a stored row back. Unknown payload fields are ignored (rows written by an older version).
     *
     * @param type the row's type name
     * @param payload the row's JSON text
     * @return the event, or an {@link UnreadableEvent} naming the problem when the type is unknown or
     *     the payload does not fit its record
     */
    public DomainEvent decode(String type, String payload) {
        Objects.requireNonNull(type, "type");
        Class<? extends DomainEvent> record = OutboxEventTypes.BY_NAME.get(type);
        if (record == null) {
            return new UnreadableEvent(type, "unknown type");
        }
        try {
            return json.readValue(payload, record);
        } catch (JsonProcessingException e) {
            return new UnreadableEvent(type, e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            return new UnreadableEvent(type, String.valueOf(e.getMessage()));
        }
    }
}
