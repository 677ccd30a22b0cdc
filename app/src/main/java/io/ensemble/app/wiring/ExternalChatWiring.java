package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.app.jobs.QuietJob;
import io.ensemble.app.outbox.ExternalChatMirror;
import io.ensemble.externalchat.ExternalChat;
import io.ensemble.externalchat.ExternalChatSync;
import io.ensemble.externalchat.ExternalChatTokens;
import io.ensemble.feed.FeedDraft;
import io.ensemble.integrations.externalchat.ExternalChatFactory;
import io.ensemble.web.externalchat.StreamTokenResource;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Wires the hosted chat mirror (issue 23 §4): {@code GET /api/v1/chat/stream-token}, the mirror that queues
 * order channels and system messages from the relayed order events, and the recurring job {@value #SYNC_JOB}
 * that makes the queued calls (every {@link #SYNC_INTERVAL}; idle polls leave no trace).
 */
public final class ExternalChatWiring {
    /** Name of the job that makes the queued hosted-chat calls. */
    public static final String SYNC_JOB = "external-chat-sync";
    /** How often the job looks for due calls. */
    public static final Duration SYNC_INTERVAL = Duration.ofSeconds(5);

    private ExternalChatWiring() {
    }

    /**
     * @param factory the configured adapter ({@code externalChat:})
     * @return the listener the feed sink also hands each relayed draft to
     */
    public static Consumer<FeedDraft> register(Environment env, Jobs jobs, Persistence db, ExternalChatFactory factory) {
        ExternalChat chat = factory.build(env.getObjectMapper());
        ExternalChatSync sync = new ExternalChatSync(chat, db.chatSyncTasks, db.users);
        env.jersey().register(new StreamTokenResource(new ExternalChatTokens(chat)));
        // registered even when Stream is off (its polls are then idle and leave no trace), so a deployment that
        // turns Stream off keeps a known job instead of an orphaned db-scheduler execution
        jobs.every(SYNC_JOB, SYNC_INTERVAL, (QuietJob) now -> {
            ExternalChatSync.Run run = sync.runDue(now);
            return run.idle() ? QuietJob.IDLE : run.toString();
        });
        return new ExternalChatMirror(sync, env.getObjectMapper());
    }
}
