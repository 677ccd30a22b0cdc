package io.ensemble.integrations.realtime;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Discoverable;
import java.util.function.Function;

/**
 * Chooses the realtime bus in {@code config.yml} (DESIGN §Ports, §Scale-out), Dropwizard's polymorphic
 * configuration way: {@code realtime: {bus: {type: local}}} (one node) or {@code {type: redis}} (several
 * nodes over Redis pub/sub, with presence in Redis). Implementations are listed in
 * {@code META-INF/services/io.ensemble.integrations.realtime.RealtimeBusFactory}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface RealtimeBusFactory extends Discoverable {
    /**
     * Builds this node's bus; nothing connects before {@link RealtimeBuses#connection()} starts.
     *
     * @param settings the Redis URL, channel prefix and presence TTL (unused by {@code local})
     * @param json the application's mapper
     * @param wire a payload's wire JSON (the same the sockets send), for events crossing nodes
     * @return the bus's two ends and presence
     */
    RealtimeBuses build(RealtimeBusSettings settings, ObjectMapper json, Function<Object, JsonNode> wire);

    /**
     * @return whether the bus keeps cluster state in Redis (so readiness checks Redis and
     *     {@code rateLimits.store: auto} shares buckets there)
     */
    boolean usesRedis();
}
