package io.ensemble.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.notifications.NotificationEvent;
import io.ensemble.web.docs.AsyncApiDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every event name the realtime gateway can emit or accept is in the AsyncAPI document, and every
 * event the document lists exists in the code (issue 24 §4). Event names are string literals spread
 * over the gateway, the transports and the messaging and notification use cases, so the sources of
 * those packages are read: every snake_case literal, and every literal passed to {@code emit(}, is an
 * event name unless it is listed below as something else.
 */
class RealtimeEventsDocumentedTest {
    /** The packages whose code names socket events (paths from the app module). */
    private static final List<Path> SOURCES = List.of(
            Path.of("../adapters-web/src/main/java/io/ensemble/web/realtime"),
            Path.of("../core-domain/src/main/java/io/ensemble/messaging"),
            Path.of("../core-domain/src/main/java/io/ensemble/notifications"),
            Path.of("../core-domain/src/main/java/io/ensemble/agency"),
            Path.of("src/main/java/io/ensemble/app/wiring/SupportWiring.java"));
    /** Literals of those packages that look like event names but never reach a socket, and why. */
    private static final Map<String, String> NOT_SOCKET_EVENTS = Map.of(
            "message_stored", "outbox event type (persistence OutboxEventTypes): the relay notifies offline members",
            "message_announced", "outbox event type: the relay publishes the stored message as message_sent",
            "message", "Engine.IO transport event (EngineIoJettySocket), below Socket.IO",
            "close", "Engine.IO transport event (EngineIoJettySocket), below Socket.IO");
    private static final Pattern SNAKE = Pattern.compile("\"([a-z]+(?:_[a-z]+)+)\"");
    private static final Pattern EMITTED = Pattern.compile("emit\\(\"([a-z]+)\"");
    private static final Pattern ANY_LITERAL = Pattern.compile("\"([a-z]+(?:_[a-z]+)*)\"");
    private static final AsyncApiDocument DOC = AsyncApiDocument.load();

    @Test
    void every_event_name_in_the_code_is_in_the_asyncapi_document() {
        Set<String> documented = new TreeSet<>(DOC.clientEvents());
        documented.addAll(DOC.serverEvents());
        Map<String, String> undocumented = new TreeMap<>();
        literals(SNAKE).forEach((name, file) -> {
            if (!documented.contains(name) && !NOT_SOCKET_EVENTS.containsKey(name)) {
                undocumented.put(name, file);
            }
        });
        literals(EMITTED).forEach((name, file) -> {
            if (!documented.contains(name) && !NOT_SOCKET_EVENTS.containsKey(name)) {
                undocumented.put(name, file);
            }
        });
        assertThat(undocumented).as("event names in the code (name → file) missing from asyncapi.yaml").isEmpty();
    }

    @Test
    void every_event_of_the_asyncapi_document_exists_in_the_code() {
        Set<String> inCode = literals(ANY_LITERAL).keySet();
        Set<String> documented = new TreeSet<>(DOC.clientEvents());
        documented.addAll(DOC.serverEvents());
        documented.remove("ack"); // the acknowledgement: a Socket.IO ack callback, on /ws the frame type "ack"
        assertThat(documented).hasSizeGreaterThan(20);
        Set<String> phantom = new TreeSet<>(documented);
        phantom.removeAll(inCode);
        assertThat(phantom).as("events in asyncapi.yaml that no code sends or accepts").isEmpty();
        assertThat(inCode).contains("ack");
    }

    @Test
    void notification_events_go_from_server_to_client() {
        assertThat(DOC.serverEvents()).contains(NotificationEvent.RECEIVED,
                NotificationEvent.READ, NotificationEvent.DELETED,
                "message_sent", "new_message", "error", "server_restart", "connected", "ack");
        assertThat(DOC.clientEvents()).contains("auth", "join_conversation", "send_message", "typing", "message_read")
                .doesNotContain("new_message", "error");
    }

    /** @return literal → the first file (relative) it occurs in, over {@link #SOURCES} */
    private static Map<String, String> literals(Pattern pattern) {
        Map<String, String> found = new TreeMap<>();
        for (Path root : SOURCES) {
            assertThat(root).as("source folder (or file) to scan").exists();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = pattern.matcher(Files.readString(file));
                    while (m.find()) {
                        found.putIfAbsent(m.group(1), file.getFileName().toString());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }
}
