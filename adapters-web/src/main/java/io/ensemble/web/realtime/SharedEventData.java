package io.ensemble.web.realtime;

import java.util.function.Supplier;
import org.json.JSONTokener;

/**
 * The data of one server event on its way to many sockets of a room, encoded once however many
 * sockets get it (issue 4 §5: in a JFR profile at 1,000 msgs/s, encoding the message again for every
 * socket and event name took about 40 % of the fan-out's samples). The JSON text is made on first
 * use, the Socket.IO (org.json) value parsed from it on first use; both are then shared read-only
 * between threads.
 */
final class SharedEventData {
    private final Supplier<String> encoder;
    private volatile String json;
    private volatile Object socketIo;

    /**
     * @param encoder makes the event data's JSON text (an object, array or scalar); two threads that
     *     race on first use may both call it, and get the same text
     */
    SharedEventData(Supplier<String> encoder) {
        this.encoder = encoder;
    }

    /** @return the data as JSON text, e.g. {@code {"id":"…","seq":3,…}} */
    String json() {
        String text = json;
        if (text == null) {
            text = encoder.get();
            json = text;
        }
        return text;
    }

    /**
     * @return the data as the org.json value Socket.IO serialises ({@code JSONObject}, {@code JSONArray},
     *     a string, number or boolean, or {@code JSONObject.NULL}); callers must not change it
     */
    Object socketIo() {
        Object value = socketIo;
        if (value == null) {
            value = new JSONTokener(json()).nextValue();
            socketIo = value;
        }
        return value;
    }
}
