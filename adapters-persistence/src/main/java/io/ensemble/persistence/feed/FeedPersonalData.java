package io.ensemble.persistence.feed;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The integrator feed's share of an erasure (issue 20 §4, issue 26 §1): feed events carry public fields such as
 * a new user's name, so the user's e-mail, name and phone are scrubbed from their payloads (the events stay,
 * with their sequence numbers, so integrators reading the feed skip nothing). Nothing is exported: the feed
 * holds no row keyed by the user.
 */
public final class FeedPersonalData extends ErasablePersonalTables {

    /** @param handles the handle provider */
    public FeedPersonalData(JdbiHandles handles) {
        super("feed", List.of(), handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        PersonalRows.scrubJson(h, "feed_events", "payload", subject.terms());
    }
}
