package io.ensemble.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.messaging.MessagingEvent;
import io.ensemble.notifications.NotificationEvent;
import io.ensemble.notifications.NotificationType;
import io.ensemble.shared.outbox.DomainEvent;
import io.ensemble.shared.outbox.UnreadableEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OutboxCodecTest {
    private static final OutboxCodec CODEC = OutboxCodec.standard();
    private static final UUID A = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    private static final UUID B = UUID.fromString("0190a000-0000-7000-8000-000000000002");
    private static final UUID C = UUID.fromString("0190a000-0000-7000-8000-000000000003");
    private static final Instant AT = Instant.parse("2026-12-07T21:15:30.123Z");

    /** One sample of every event record, with the payload clients and relays have been reading. */
    static final List<Sample> SAMPLES = List.of(
            new Sample("notification_received", new NotificationEvent.Received(A, NotificationType.NEW_MESSAGE,
                    Optional.of(B), Optional.of(C)),
                    "{\"type\":\"NEW_MESSAGE\",\"actorId\":\"" + C + "\",\"subjectId\":\"" + B
                            + "\",\"notificationId\":\"" + A + "\"}"),
            new Sample("notification_received", new NotificationEvent.Received(A, NotificationType.ORDER_UPDATED,
                    Optional.empty(), Optional.empty()),
                    "{\"type\":\"ORDER_UPDATED\",\"notificationId\":\"" + A + "\"}"),
            new Sample("notification_read", new NotificationEvent.Read(Optional.of(A), AT),
                    "{\"readAt\":\"2026-12-07T21:15:30.123Z\",\"notificationId\":\"" + A + "\"}"),
            new Sample("notification_read", new NotificationEvent.Read(Optional.empty(), AT),
                    "{\"all\":true,\"readAt\":\"2026-12-07T21:15:30.123Z\"}"),
            new Sample("notification_deleted", new NotificationEvent.Deleted(A), "{\"notificationId\":\"" + A + "\"}"),
            new Sample("message_stored", new MessagingEvent.MessageStored(A, B, C),
                    "{\"senderId\":\"" + C + "\",\"messageId\":\"" + B + "\",\"conversationId\":\"" + A + "\"}"),
            new Sample("message_announced", new MessagingEvent.MessageAnnounced(A, B),
                    "{\"messageId\":\"" + B + "\",\"conversationId\":\"" + A + "\"}"),
            new Sample("order_placed", new io.ensemble.marketplace.OrderEvent.Placed(A, B, C, "Reels", 1999, "USD",
                    "PENDING_PAYMENT", AT), "{\"title\":\"Reels\",\"amount\":1999,\"status\":\"PENDING_PAYMENT\","
                    + "\"brandId\":\"" + B + "\",\"orderId\":\"" + A + "\",\"currency\":\"USD\","
                    + "\"placedAt\":\"2026-12-07T21:15:30.123Z\",\"creatorId\":\"" + C + "\"}"),
            new Sample("order_transitioned", new io.ensemble.marketplace.OrderEvent.Transitioned(A, B, C,
                    "record_payment", "ADMIN", "PENDING_PAYMENT", "PAID", Optional.of(B), AT),
                    "{\"at\":\"2026-12-07T21:15:30.123Z\",\"to\":\"PAID\",\"from\":\"PENDING_PAYMENT\","
                    + "\"party\":\"ADMIN\",\"action\":\"record_payment\",\"actorId\":\"" + B + "\","
                    + "\"brandId\":\"" + B + "\",\"orderId\":\"" + A + "\",\"creatorId\":\"" + C + "\"}"),
            new Sample("user_created", new io.ensemble.identity.IdentityEvent.UserCreated(A, "CREATOR", AT),
                    "{\"role\":\"CREATOR\",\"userId\":\"" + A + "\","
                    + "\"createdAt\":\"2026-12-07T21:15:30.123Z\"}"),
            new Sample("user_verified", new io.ensemble.identity.IdentityEvent.UserVerified(A, AT),
                    "{\"userId\":\"" + A + "\",\"verifiedAt\":\"2026-12-07T21:15:30.123Z\"}"),
            new Sample("connection_requested", new io.ensemble.connections.ConnectionEvent.Requested(A, B, C, AT),
                    "{\"at\":\"2026-12-07T21:15:30.123Z\",\"requestId\":\"" + A + "\",\"receiverId\":\"" + C
                    + "\",\"requesterId\":\"" + B + "\"}"),
            new Sample("connection_accepted", new io.ensemble.connections.ConnectionEvent.Accepted(A, B, C, AT),
                    "{\"at\":\"2026-12-07T21:15:30.123Z\",\"requestId\":\"" + A + "\",\"receiverId\":\"" + C
                    + "\",\"requesterId\":\"" + B + "\"}"),
            new Sample("event_created", new io.ensemble.events.EventActivity.Created(A, B, "Launch", AT, "Berlin",
                    "ACTIVE", AT), "{\"title\":\"Launch\",\"hostId\":\"" + B + "\",\"status\":\"ACTIVE\","
                    + "\"eventId\":\"" + A + "\",\"location\":\"Berlin\",\"startsAt\":\"2026-12-07T21:15:30.123Z\","
                    + "\"createdAt\":\"2026-12-07T21:15:30.123Z\"}"),
            new Sample("event_rsvp", new io.ensemble.events.EventActivity.Rsvped(A, B, "GOING", AT),
                    "{\"at\":\"2026-12-07T21:15:30.123Z\",\"status\":\"GOING\",\"userId\":\"" + B
                    + "\",\"eventId\":\"" + A + "\"}"),
            new Sample("payment_succeeded", new io.ensemble.payments.PaymentActivity.Succeeded(A, "manual", 1999, "USD", AT),
                    "{\"at\":\"2026-12-07T21:15:30.123Z\",\"amount\":1999,\"orderId\":\"" + A
                    + "\",\"currency\":\"USD\",\"provider\":\"manual\"}"),
            new Sample("payment_refunded", new io.ensemble.payments.PaymentActivity.Refunded(A, "manual", 1999, "USD", AT),
                    "{\"at\":\"2026-12-07T21:15:30.123Z\",\"amount\":1999,\"orderId\":\"" + A
                    + "\",\"currency\":\"USD\",\"provider\":\"manual\"}"),
            new Sample("message_removed", new MessagingEvent.MessageRemoved(A, B),
                    "{\"messageId\":\"" + B + "\",\"conversationId\":\"" + A + "\"}"),
            new Sample("user_suspended", new io.ensemble.identity.IdentityEvent.UserSuspended(A, AT),
                    "{\"userId\":\"" + A + "\",\"suspendedAt\":\"2026-12-07T21:15:30.123Z\"}"),
            new Sample("user_unsuspended", new io.ensemble.identity.IdentityEvent.UserUnsuspended(A, AT),
                    "{\"userId\":\"" + A + "\",\"unsuspendedAt\":\"2026-12-07T21:15:30.123Z\"}"),
            new Sample("user_deleted", new io.ensemble.privacy.PrivacyEvent.UserDeleted(A, AT),
                    "{\"userId\":\"" + A + "\",\"deletedAt\":\"2026-12-07T21:15:30.123Z\"}"),
            new Sample("profile_updated", new io.ensemble.profiles.ProfileEvent.Updated(A, "BRAND", AT),
                    "{\"role\":\"BRAND\",\"userId\":\"" + A + "\",\"updatedAt\":\"2026-12-07T21:15:30.123Z\"}"),
            new Sample("message_sent_feed", new MessagingEvent.MessageSent(A, B, C, "TEXT", AT),
                    "{\"type\":\"TEXT\",\"sentAt\":\"2026-12-07T21:15:30.123Z\",\"senderId\":\"" + C + "\",\"messageId\":\"" + A + "\",\"conversationId\":\"" + B + "\"}"),
            new Sample("payout_paid", new io.ensemble.payments.PaymentActivity.PayoutPaid(A, B, C, 9001, "EUR", AT),
                    "{\"at\":\"2026-12-07T21:15:30.123Z\",\"amount\":9001,\"userId\":\"" + B + "\",\"orderId\":\"" + C + "\",\"currency\":\"EUR\",\"payoutId\":\"" + A + "\"}"),
            new Sample("payout_failed", new io.ensemble.payments.PaymentActivity.PayoutFailed(A, B, C, 9001, "EUR", AT),
                    "{\"at\":\"2026-12-07T21:15:30.123Z\",\"amount\":9001,\"userId\":\"" + B + "\",\"orderId\":\"" + C + "\",\"currency\":\"EUR\",\"payoutId\":\"" + A + "\"}"),
            new Sample("ticket_purchased", new io.ensemble.events.EventActivity.TicketPurchased(A, B, C, 5000, "USD", AT),
                    "{\"at\":\"2026-12-07T21:15:30.123Z\",\"amount\":5000,\"userId\":\"" + C + "\",\"eventId\":\"" + B + "\",\"currency\":\"USD\",\"ticketId\":\"" + A + "\"}"),
            new Sample("ticket_refunded", new io.ensemble.events.EventActivity.TicketRefunded(A, B, C, 5000, "USD", AT),
                    "{\"at\":\"2026-12-07T21:15:30.123Z\",\"amount\":5000,\"userId\":\"" + C + "\",\"eventId\":\"" + B + "\",\"currency\":\"USD\",\"ticketId\":\"" + A + "\"}"),
            new Sample("report_filed", new io.ensemble.moderation.ModerationEvent.ReportFiled(A, "message", B, C, "harassment", AT),
                    "{\"reason\":\"harassment\",\"authorId\":\"" + C + "\",\"reportId\":\"" + A + "\",\"targetId\":\"" + B + "\",\"createdAt\":\"2026-12-07T21:15:30.123Z\",\"targetType\":\"message\"}"),
            new Sample("message_mentioned", new MessagingEvent.Mentioned(A, B, C),
                    "{\"senderId\":\"" + C + "\",\"messageId\":\"" + B + "\",\"conversationId\":\"" + A + "\"}"),
            new Sample("payout_updated", new io.ensemble.agency.AgencyOpsEvent.PayoutUpdated(A, "paid"),
                    "{\"status\":\"paid\",\"payoutId\":\"" + A + "\"}"),
            new Sample("new_notification", new io.ensemble.agency.AgencyOpsEvent.NotificationCreated(A, "Hi", "Hello",
                    "ANNOUNCEMENT", AT), "{\"id\":\"" + A + "\",\"type\":\"ANNOUNCEMENT\",\"title\":\"Hi\","
                    + "\"message\":\"Hello\",\"createdAt\":\"2026-12-07T21:15:30.123Z\"}"),
            new Sample("support_ticket_changed", new io.ensemble.support.SupportEvent.TicketChanged(A),
                    "{\"ticketId\":\"" + A + "\"}"),
            new Sample("task_created", new io.ensemble.agency.TaskEvent.Created(new io.ensemble.agency.TaskEvent.Snapshot(
                    A, "Edit reel", "Cut to 30s", List.of(B), Optional.of(AT), "high", "todo", List.of(C), A, AT, AT)),
                    "{\"task\":{\"id\":\"" + A + "\",\"dueAt\":\"2026-12-07T21:15:30.123Z\",\"title\":\"Edit reel\","
                    + "\"status\":\"todo\",\"priority\":\"high\",\"createdAt\":\"2026-12-07T21:15:30.123Z\","
                    + "\"createdBy\":\"" + A + "\",\"updatedAt\":\"2026-12-07T21:15:30.123Z\",\"assigneeIds\":[\"" + B
                    + "\"],\"description\":\"Cut to 30s\",\"attachmentIds\":[\"" + C + "\"]}}"),
            new Sample("task_updated", new io.ensemble.agency.TaskEvent.Updated(A, new io.ensemble.agency.TaskEvent.Changes(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of("review"), Optional.empty(), AT)),
                    "{\"taskId\":\"" + A + "\",\"updates\":{\"status\":\"review\",\"updatedAt\":\"2026-12-07T21:15:30.123Z\"}}"));

    record Sample(String type, DomainEvent event, String payload) {
    }

    @Test
    void every_event_encodes_to_its_type_and_payload_and_decodes_back_equal() {
        for (Sample s : SAMPLES) {
            assertThat(CODEC.typeOf(s.event())).as(s.event().toString()).isEqualTo(s.type());
            assertThat(CODEC.encode(s.event())).as(s.event().toString()).isEqualTo(s.payload());
            assertThat(CODEC.tree(s.event()).toString()).isEqualTo(s.payload());
            assertThat(CODEC.decode(s.type(), CODEC.encode(s.event()))).isEqualTo(s.event());
        }
    }

    @Test
    void the_samples_cover_every_record_the_codec_knows_and_every_record_of_each_sealed_root() {
        Set<Class<?>> known = Set.copyOf(CODEC.types());
        Set<Class<?>> sampled = SAMPLES.stream().map(s -> s.event().getClass()).collect(Collectors.toSet());
        assertThat(sampled).isEqualTo(known);
        for (Class<?> root : OutboxEventTypes.ROOTS) {
            assertThat(known).as(root.getSimpleName()).containsAll(Arrays.asList(root.getPermittedSubclasses()));
        }
    }

    @Test
    void every_domain_event_record_in_the_core_has_a_stored_type_name() throws Exception {
        List<Class<?>> records = domainEventRecords();
        Set<Class<?>> known = Set.copyOf(CODEC.types());
        assertThat(records).as("the scan finds the core's event records").containsAll(known);
        assertThat(known).containsAll(records.stream().filter(c -> c != UnreadableEvent.class).toList());
    }

    @Test
    void keys_come_out_in_jsonb_order_so_the_stored_row_reads_the_same() {
        for (Sample s : SAMPLES) {
            List<String> keys = new ArrayList<>();
            CODEC.tree(s.event()).fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(s.type()).isSortedAccordingTo((x, y) -> x.length() != y.length()
                    ? Integer.compare(x.length(), y.length()) : x.compareTo(y));
        }
    }

    @Test
    void rows_written_before_seq_left_the_payload_still_decode() {
        String old = "{\"seq\": 7, \"senderId\": \"" + C + "\", \"messageId\": \"" + B + "\", \"conversationId\": \"" + A + "\"}";
        assertThat(CODEC.decode("message_stored", old)).isEqualTo(new MessagingEvent.MessageStored(A, B, C));
    }

    @Test
    void an_unknown_type_or_a_payload_that_does_not_fit_decodes_to_an_unreadable_event() {
        assertThat(CODEC.decode("order_shipped", "{}")).isEqualTo(new UnreadableEvent("order_shipped", "unknown type"));
        assertThat(CODEC.decode("notification_deleted", "{}")).isInstanceOfSatisfying(UnreadableEvent.class,
                e -> assertThat(e.type()).isEqualTo("notification_deleted"));
        assertThat(CODEC.decode("notification_read", "not json")).isInstanceOf(UnreadableEvent.class);
        assertThat(CODEC.decode("message_announced", "{\"messageId\":\"nope\",\"conversationId\":\"" + A + "\"}"))
                .isInstanceOf(UnreadableEvent.class);
    }

    @Test
    void an_event_the_codec_does_not_know_is_refused() {
        assertThatThrownBy(() -> CODEC.encode(new UnreadableEvent("x", "y"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every record implementing {@link DomainEvent} among the compiled core classes. */
    private static List<Class<?>> domainEventRecords() throws IOException, URISyntaxException {
        Path root = Path.of(DomainEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                names = files.map(p -> root.relativize(p).toString()).filter(n -> n.endsWith(".class")).toList();
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                names = jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class")).toList();
            }
        }
        List<Class<?>> records = new ArrayList<>();
        for (String name : names) {
            String className = name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.');
            try {
                Class<?> c = Class.forName(className, false, OutboxCodecTest.class.getClassLoader());
                if (c.isRecord() && DomainEvent.class.isAssignableFrom(c)) {
                    records.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable on its own (e.g. needs an optional dependency): not an event
            }
        }
        return records;
    }
}
