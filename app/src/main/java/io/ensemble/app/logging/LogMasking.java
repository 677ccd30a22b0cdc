package io.ensemble.app.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.AppenderAttachable;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.LoggerFactory;

/**
 * Puts a {@link MaskingLayout} under every appender of the application log and of the request log (issue 28
 * "no tokens or passwords in logs"): whatever the configured layout ({@code text}, {@code json},
 * {@code access-text}, {@code access-json}, a {@code logFormat} pattern) and whatever logger or level writes,
 * the line goes through {@link SecretMasker} before it reaches a console, file or socket; and holds the loggers
 * that dump raw wire bytes at INFO ({@link WireLogFloor}).
 */
public final class LogMasking {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(LogMasking.class);

    private LogMasking() {
    }

    /**
     * Masks the application log now (Dropwizard has configured it before {@code run}) and the request log when
     * the server starts (Dropwizard builds it after {@code run}), before the first request is served.
     *
     * @param lifecycle the environment's lifecycle, to reach the server's request log
     * @return how many application log appenders were wrapped
     */
    public static int install(LifecycleEnvironment lifecycle) {
        int wrapped = maskApplicationLog();
        lifecycle.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server && server.getRequestLog() != null) {
                    Object requestLog = server.getRequestLog();
                    if (requestLog instanceof AppenderAttachable<?> attachable) {
                        mask(attachable);
                    } else {
                        LOG.warn("Request log {} cannot be masked; it may write tokens",
                                requestLog.getClass().getName());
                    }
                }
            }
        });
        return wrapped;
    }

    /**
     * Adds the {@link WireLogFloor} to the logback-classic context and wraps its appenders' layouts.
     *
     * @return how many appenders were wrapped (0 when already masked)
     */
    public static int maskApplicationLog() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return 0;
        }
        if (context.getTurboFilterList().stream().noneMatch(WireLogFloor.class::isInstance)) {
            WireLogFloor floor = new WireLogFloor();
            floor.setContext(context);
            floor.start();
            context.addTurboFilter(floor);
        }
        int wrapped = 0;
        for (Logger logger : context.getLoggerList()) {
            wrapped += mask(logger);
        }
        return wrapped;
    }

    /**
     * Wraps the layouts of the given appenders, descending into appenders that hold others (async ones).
     *
     * @param attachable a logger, an async appender or a request log
     * @return how many layouts were wrapped now
     */
    public static int mask(AppenderAttachable<?> attachable) {
        List<Appender<?>> appenders = new ArrayList<>();
        for (Iterator<? extends Appender<?>> it = attachable.iteratorForAppenders(); it.hasNext(); ) {
            appenders.add(it.next());
        }
        int wrapped = 0;
        for (Appender<?> appender : appenders) {
            wrapped += maskAppender(appender);
        }
        return wrapped;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int maskAppender(Appender<?> appender) {
        int wrapped = 0;
        if (appender instanceof AppenderAttachable<?> holder) {
            wrapped += mask(holder);
        }
        if (appender instanceof OutputStreamAppender<?> output) {
            Encoder<?> encoder = output.getEncoder();
            if (encoder instanceof LayoutWrappingEncoder layoutEncoder) {
                Layout layout = layoutEncoder.getLayout();
                if (layout != null && !(layout instanceof MaskingLayout)) {
                    layoutEncoder.setLayout(new MaskingLayout(layout));
                    wrapped++;
                }
            } else if (encoder != null) {
                LOG.warn("Appender {} has encoder {} that cannot be masked; it may write tokens",
                        appender.getName(), encoder.getClass().getName());
            }
        } else if (!(appender instanceof AppenderAttachable<?>) && !countsOnly(appender)) {
            LOG.warn("Appender {} ({}) cannot be masked; it may write tokens",
                    appender.getName(), appender.getClass().getName());
        }
        return wrapped;
    }

    /** Metrics' appender counts events by level and writes nothing. */
    private static boolean countsOnly(Appender<?> appender) {
        return appender.getClass().getName().startsWith("com.codahale.metrics.");
    }
}
