package io.ensemble.web.realtime;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

/**
 * The response handed to {@code EngineIoServer.handleRequest}: passes Engine.IO's answers through,
 * except its errors (status 400 and up, e.g. {@code {"code":1,"message":"Session ID unknown"}} or a
 * bare {@code error}), which are held back so the caller answers them with the API's error body
 * (issue 28). Engine.IO, not this node's own bookkeeping, decides whether a session id is known, so
 * a request racing its own handshake is not refused.
 */
final class EngineIoErrorCapture extends HttpServletResponseWrapper {
    private volatile int failedStatus;
    private final StringWriter held = new StringWriter();

    EngineIoErrorCapture(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setStatus(int sc) {
        if (sc >= 400) {
            failedStatus = sc;
        } else {
            super.setStatus(sc);
        }
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return failedStatus > 0 ? new PrintWriter(held) : super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (failedStatus == 0) {
            return super.getOutputStream();
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking writes only");
            }

            @Override
            public void write(int b) {
                sink.write(b);
            }
        };
    }

    /** @return the refusal to answer instead of Engine.IO's error, or empty when it answered normally */
    Optional<HandshakeErrors.Refusal> refusal() {
        if (failedStatus == 0) {
            return Optional.empty();
        }
        String body = held.toString();
        String message;
        if (body.contains("\"code\":1") || body.contains("\"code\": 1")) {
            message = "Unknown or closed session id (sid); start a new handshake without sid.";
        } else if (body.contains("\"code\":3") || body.contains("\"code\": 3")) {
            message = "This session does not take long-polling requests now (it upgraded to WebSocket).";
        } else if (failedStatus >= 500) {
            message = "Another long-polling GET of this session is still open.";
        } else {
            message = "The Engine.IO request is not valid for this session.";
        }
        return Optional.of(HandshakeErrors.Refusal.of(failedStatus == 403 ? 403 : 400, message));
    }
}
