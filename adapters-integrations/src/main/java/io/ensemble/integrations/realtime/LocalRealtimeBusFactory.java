package io.ensemble.integrations.realtime;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.messaging.ClusterPresence;
import io.ensemble.messaging.LocalRealtimeBus;
import java.util.function.Function;

/**
 * {@code realtime: {bus: {type: local}}}, the default: events reach this node's sockets only, in process;
 * presence is this node's connections ({@link ClusterPresence#SINGLE_NODE}).
 */
@JsonTypeName("local")
public class LocalRealtimeBusFactory implements RealtimeBusFactory {
    /** @return one {@link LocalRealtimeBus} as both ends; nothing to connect */
    @Override
    public RealtimeBuses build(RealtimeBusSettings settings, ObjectMapper json, Function<Object, JsonNode> wire) {
        LocalRealtimeBus local = new LocalRealtimeBus();
        return new RealtimeBuses(local, local, ClusterPresence.SINGLE_NODE, RealtimeBuses.Connection.NONE,
                RealtimeBuses.PresenceFeed.NONE);
    }

    /** @return false */
    @Override
    public boolean usesRedis() {
        return false;
    }
}
