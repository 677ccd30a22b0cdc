package io.ensemble.messaging;

import io.ensemble.shared.errors.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A message to send (seeds/001 §Chat {@code POST /conversations/:id/messages}). Self-validating:
 * the constructor throws {@link io.ensemble.shared.errors.ValidationFailed} naming every bad field.
 *
 * @param type text (default), image or file
 * @param content 1-10,000 characters (code points), not blank
 * @param attachments up to 10 media ids of at most 100 characters each; null means none
 * @param clientMessageId optional idempotency id of at most 100 characters
 * @param replyToId optional message of the same conversation it replies to (issue 27, see {@link MessageThreads})
 * @param mentions up to 20 member ids to notify (issue 27, GROUP conversations; see {@link MessageThreads})
 */
public record SendMessageCommand(MessageType type, String content, List<String> attachments,
                                 Optional<String> clientMessageId, Optional<UUID> replyToId, List<UUID> mentions) {
    public static final int CONTENT_MAX = 10_000;
    public static final int ATTACHMENTS_MAX = 10;
    public static final int ID_MAX = 100;

    public SendMessageCommand {
        Objects.requireNonNull(type, "type");
        attachments = attachments == null ? List.of() : attachments;
        clientMessageId = clientMessageId == null ? Optional.empty() : clientMessageId.filter(s -> !s.isBlank());
        Validator v = new Validator();
        if (v.required("content", content)) {
            v.maxLength("content", content, CONTENT_MAX);
        }
        v.check(attachments.size() <= ATTACHMENTS_MAX, "attachments", "must have at most " + ATTACHMENTS_MAX + " items");
        v.check(attachments.stream().allMatch(a -> a != null && !a.isBlank() && a.length() <= ID_MAX),
                "attachments", "must be media ids of 1-" + ID_MAX + " characters");
        v.maxLength("clientMessageId", clientMessageId.orElse(null), ID_MAX);
        replyToId = replyToId == null ? Optional.empty() : replyToId;
        mentions = mentions == null ? List.of() : mentions;
        v.check(mentions.size() <= MessageThreads.MENTIONS_MAX, "mentions",
                "must have at most " + MessageThreads.MENTIONS_MAX + " items");
        v.throwIfInvalid();
        attachments = List.copyOf(attachments);
        mentions = mentions.stream().distinct().toList();
    }

    /** A message that replies to none and mentions nobody. */
    public SendMessageCommand(MessageType type, String content, List<String> attachments,
                              Optional<String> clientMessageId) {
        this(type, content, attachments, clientMessageId, Optional.empty(), List.of());
    }

    /**
     * This command replying to {@code replyToId} and mentioning {@code mentions}, as clients send them
     * (REST bodies and both sockets).
     *
     * @param replyToId a message id, or null/blank for none
     * @param mentions user ids, or null for none
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code replyToId} or {@code mentions}
     */
    public SendMessageCommand inThread(String replyToId, List<String> mentions) {
        return new SendMessageCommand(type, content, attachments, clientMessageId,
                MessageThreads.parseId("replyToId", replyToId), MessageThreads.parseIds("mentions", mentions));
    }

    /** Parses the wire shape. @throws io.ensemble.shared.errors.ValidationFailed for a bad type or fields */
    public static SendMessageCommand of(String type, String content, List<String> attachments, String clientMessageId) {
        return new SendMessageCommand(MessageType.fromClient(type), content, attachments,
                Optional.ofNullable(clientMessageId));
    }
}
