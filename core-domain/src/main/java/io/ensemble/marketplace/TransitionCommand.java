package io.ensemble.marketplace;

import io.ensemble.shared.errors.Validator;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Body of {@code POST /api/v1/orders/:id/transitions} (issue 8 §2):
 * {@code {action, note?, deliverables?, outcome?}}. Self-validating: throws
 * {@link io.ensemble.shared.errors.ValidationFailed} naming each bad field.
 *
 * @param action a wire name of {@link OrderAction} (not {@code auto_complete})
 * @param note why, 0..{@value #NOTE_MAX} characters
 * @param deliverables for {@code deliver}: 1..{@value #DELIVERABLES_MAX} http(s) links or media ids
 * @param outcome for {@code resolve}: COMPLETED or REFUNDED
 */
public record TransitionCommand(String action, String note, List<String> deliverables, String outcome) {
    public static final int NOTE_MAX = 1000;
    public static final int DELIVERABLES_MAX = 20;

    public TransitionCommand {
        note = note == null || note.isBlank() ? null : note.strip();
        deliverables = deliverables == null ? List.of()
                : deliverables.stream().map(d -> d == null ? "" : d.strip()).toList();
        outcome = outcome == null || outcome.isBlank() ? null : outcome.strip().toUpperCase(Locale.ROOT);
        Validator v = new Validator();
        Optional<OrderAction> parsed = OrderAction.fromClient(action);
        if (v.required("action", action)) {
            v.check(parsed.isPresent(), "action", "must be one of pay, record_payment, accept, decline, start, "
                    + "deliver, request_revision, approve, cancel, dispute, resolve");
        }
        v.maxLength("note", note, NOTE_MAX);
        if (parsed.orElse(null) == OrderAction.DELIVER) {
            v.check(!deliverables.isEmpty() && deliverables.size() <= DELIVERABLES_MAX, "deliverables",
                    "deliver needs 1 to " + DELIVERABLES_MAX + " links or media ids");
            v.check(deliverables.stream().allMatch(TransitionCommand::linkOrId), "deliverables",
                    "each must be an http(s) link or a media id, at most 2000 characters");
        } else {
            v.check(deliverables.isEmpty(), "deliverables", "only deliver takes deliverables");
        }
        if (parsed.orElse(null) == OrderAction.RESOLVE) {
            v.check("COMPLETED".equals(outcome) || "REFUNDED".equals(outcome), "outcome",
                    "resolve needs outcome COMPLETED or REFUNDED");
        } else {
            v.check(outcome == null, "outcome", "only resolve takes an outcome");
        }
        v.throwIfInvalid();
    }

    /** @return the parsed action */
    public OrderAction parsedAction() {
        return OrderAction.fromClient(action).orElseThrow();
    }

    /** @return the reason, empty when none */
    public Optional<String> reason() {
        return Optional.ofNullable(note);
    }

    /** @return the outcome of a resolve */
    public Optional<OrderStatus> resolution() {
        return Optional.ofNullable(outcome).map(OrderStatus::valueOf);
    }

    private static boolean linkOrId(String value) {
        if (value.isEmpty() || value.length() > 2000) {
            return false;
        }
        if (value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return true;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
