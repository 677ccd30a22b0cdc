package io.ensemble.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 28: {@link LogMasking} masks appenders behind async appenders, once, keeping their layout's format. */
class LogMaskingTest {
    @Test
    void wraps_the_layout_behind_an_async_appender_once_and_masks_what_it_writes() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%-5level %logger: %msg%n");
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> file = new OutputStreamAppender<>();
        file.setContext(context);
        file.setEncoder(encoder);
        file.setOutputStream(out);
        file.start();
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.addAppender(file);
        async.start();
        Logger logger = context.getLogger("io.ensemble.Test");
        logger.addAppender(async);

        assertThat(LogMasking.mask(logger)).isEqualTo(1);
        assertThat(LogMasking.mask(logger)).as("already masked").isZero();
        logger.info("login body {\"email\":\"a@b.c\",\"password\":\"hunter22\"} from /ws?token=abc");
        async.stop(); // drains the queue

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "INFO  io.ensemble.Test: login body {\"email\":\"a@b.c\",\"password\":\"***\"} from /ws?token=***"
                        + System.lineSeparator());
        assertThat(encoder.getLayout()).isInstanceOf(MaskingLayout.class);
        assertThat(((MaskingLayout<ILoggingEvent>) encoder.getLayout()).delegate()).isSameAs(layout);
    }
}
