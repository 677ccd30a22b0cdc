package io.ensemble.web.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageReactions;
import io.ensemble.messaging.ReactionCount;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Message views of a list with each message's reactions as the viewer sees them (issue 27), in one query per list. */
public final class ReactedViews {
    private final EventInvites invites;
    private final MessageReactions reactions;

    /** @param invites the base view (with an event_invite's event); @param reactions the counts */
    public ReactedViews(EventInvites invites, MessageReactions reactions) {
        this.invites = invites;
        this.reactions = reactions;
    }

    /** @return a view function for {@code messages} (and any of them) with their reactions as {@code viewer} sees them */
    public Function<Message, MessageView> viewer(Caller viewer, List<Message> messages) {
        Map<UUID, List<ReactionCount>> counts = reactions.of(viewer, messages);
        return m -> invites.view(m).withReactions(counts.getOrDefault(m.id(), List.of()));
    }
}
