package io.ensemble.integrations.realtime;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.messaging.LocalRealtimeBus;
import java.util.function.Function;

/**
 * {@code realtime: {bus: {type: redis}}}: events go through Redis pub/sub ({@link RedisRealtimeBus}, channel
 * {@code {prefix}realtime}) to every node, and presence lives in Redis ({@link RedisPresence}), so users on
 * different nodes reach each other (DESIGN §Scale-out).
 */
@JsonTypeName("redis")
public class RedisRealtimeBusFactory implements RealtimeBusFactory {
    /** @return a {@link RedisRealtimeBus} over a fresh local bus, and {@link RedisPresence}; both connect on start */
    @Override
    public RealtimeBuses build(RealtimeBusSettings settings, ObjectMapper json, Function<Object, JsonNode> wire) {
        LocalRealtimeBus local = new LocalRealtimeBus();
        RedisRealtimeBus redis = new RedisRealtimeBus(settings.redisUrl(), settings.channelPrefix(), local, json, wire);
        RedisPresence presence = new RedisPresence(settings.redisUrl(), settings.channelPrefix(),
                settings.presenceTtl());
        return new RealtimeBuses(local, redis, presence, redis, presence);
    }

    /** @return true */
    @Override
    public boolean usesRedis() {
        return true;
    }
}
