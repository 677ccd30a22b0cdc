package io.ensemble.app.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.logging.common.DropwizardLayout;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import java.util.TimeZone;

/**
 * {@code layout: {type: text}}: the service's one-line text log format, so {@code config.yml} can choose the
 * layout with {@code type: ${LOG_FORMAT:-text}} (issue 29 §5; {@code json} is dropwizard-json-logging's). It
 * ignores the JSON layout's settings ({@code includesMdcKeys} …) so both types share one {@code layout:} block.
 */
@JsonTypeName("text")
@JsonIgnoreProperties(ignoreUnknown = true)
public final class TextLayoutFactory implements DiscoverableLayoutFactory<ILoggingEvent> {
    /** Level, UTC time, request id, user id, logger, message and the exception's causes first. */
    public static final String PATTERN =
            "%-5p [%d{ISO8601,UTC}] [req=%X{requestId:-}] [user=%X{userId:-}] %c{1}: %m%n%rEx";

    @Override
    public LayoutBase<ILoggingEvent> build(LoggerContext context, TimeZone timeZone) {
        DropwizardLayout layout = new DropwizardLayout(context, timeZone);
        layout.setPattern(PATTERN);
        return layout;
    }
}
