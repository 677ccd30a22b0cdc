package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Message search (issue 27 §Search, {@code GET /api/v1/chat/search}): full text over the messages of
 * the conversations the caller is a member of now (a conversation they left is never searched;
 * membership history is not stored), ranked, with a highlighted snippet and cursor pages.
 */
public final class ChatSearch {
    /** Longest accepted query, in characters. */
    public static final int QUERY_MAX = 200;
    /** A single token of this many characters or fewer (and at least 3) also matches inside words. */
    static final int SUBSTRING_MAX = 5;

    private final ConversationRepository conversations;
    private final MessageSearchRepository search;

    /** Wires the ports. */
    public ChatSearch(ConversationRepository conversations, MessageSearchRepository search) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.search = Objects.requireNonNull(search, "search");
    }

    /**
     * One page of hits.
     *
     * @param q the query (required, at most 200 characters after stripping)
     * @param conversationId optional UUID text: only that conversation (the caller must be a member)
     * @param from optional ISO-8601 instant, inclusive; {@code to} likewise, not before {@code from}
     * @throws ValidationFailed naming {@code q}, {@code from}, {@code to} or {@code cursor}
     * @throws io.ensemble.shared.errors.NotFound when {@code conversationId} is not one of the caller's
     */
    public Page<SearchHit> search(Caller caller, String q, Optional<UUID> conversationId, String from, String to,
                                  PageRequest page) {
        String text = q == null ? "" : q.strip();
        List<FieldError> errors = new ArrayList<>();
        Validator v = new Validator();
        if (v.required("q", text)) {
            v.maxLength("q", text, QUERY_MAX);
        }
        Optional<Instant> start = instant("from", from, errors);
        Optional<Instant> end = instant("to", to, errors);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        try {
            v.throwIfInvalid();
        } catch (ValidationFailed e) {
            errors.addAll(0, e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Optional<SearchCursor> after = page.cursor().map(SearchCursor::decode);
        conversationId.ifPresent(id -> conversations.findForMember(id, caller.userId())
                .orElseThrow(ChatRules::conversationNotFound));
        boolean substring = text.length() >= 3 && text.length() <= SUBSTRING_MAX && text.chars()
                .allMatch(Character::isLetterOrDigit);
        List<SearchHit> rows = search.search(new SearchQuery(caller.userId(), text, substring, conversationId,
                start, end, after), page.limit() + 1);
        return Page.fromOverfetch(rows, page.limit(), hit -> hit.cursor().encode());
    }

    private static Optional<Instant> instant(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 instant, e.g. 2026-01-31T00:00:00Z"));
            return Optional.empty();
        }
    }
}
