import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A JDK WebSocket that hands whole text frames to {@code onText} and serialises its sends. */
final class Ws implements WebSocket.Listener {
    private final java.util.function.BiConsumer<Ws, String> onText;
    private final Runnable onClose;
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    private Ws(java.util.function.BiConsumer<Ws, String> onText, Runnable onClose) {
        this.onText = onText;
        this.onClose = onClose;
    }

    static Ws open(String url, java.util.function.BiConsumer<Ws, String> onText) {
        return open(url, onText, () -> { });
    }

    static Ws open(String url, java.util.function.BiConsumer<Ws, String> onText, Runnable onClose) {
        Ws ws = new Ws(onText, onClose);
        ws.socket = Bench.HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(url), ws).join();
        return ws;
    }

    synchronized void send(String text) {
        WebSocket s = socket;
        if (s == null) {
            // open() has not returned yet (a frame arrived first): wait for it on a pool thread
            CompletableFuture.runAsync(() -> {
                while (socket == null) {
                    Thread.onSpinWait();
                }
                send(text);
            });
            return;
        }
        last = last.handle((r, e) -> null).thenCompose(x -> s.sendText(text, true));
    }

    void close() {
        WebSocket s = socket;
        if (s != null) {
            s.abort();
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean lastPart) {
        partial.append(data);
        if (lastPart) {
            String text = partial.toString();
            partial.setLength(0);
            onText.accept(this, text);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        onClose.run();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        onClose.run();
    }
}
