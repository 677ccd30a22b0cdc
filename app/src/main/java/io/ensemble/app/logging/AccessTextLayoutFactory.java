package io.ensemble.app.logging;

import ch.qos.logback.access.common.spi.IAccessEvent;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.logging.common.layout.DiscoverableLayoutFactory;
import io.dropwizard.request.logging.layout.LogbackAccessRequestLayout;
import java.util.TimeZone;

/**
 * {@code layout: {type: access-text}}: Dropwizard's default request log line, so {@code config.yml} can choose
 * the request log layout with {@code type: access-${LOG_FORMAT:-text}} (issue 29 §5; {@code access-json} is
 * dropwizard-json-logging's). It ignores the JSON layout's settings so both types share one block.
 */
@JsonTypeName("access-text")
@JsonIgnoreProperties(ignoreUnknown = true)
public final class AccessTextLayoutFactory implements DiscoverableLayoutFactory<IAccessEvent> {
    @Override
    public LayoutBase<IAccessEvent> build(LoggerContext context, TimeZone timeZone) {
        return new LogbackAccessRequestLayout(context, timeZone);
    }
}
