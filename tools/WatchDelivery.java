import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

/**
 * Prints what a delivery's live socket sends, one message a line, with nothing to install but the
 * JDK: {@code java tools/WatchDelivery.java "ws://localhost:8000/api/v1/tracking/orders/<id>/live?access_token=<token>"}.
 * Stops when the server closes the socket, or on Ctrl-C.
 */
public final class WatchDelivery {
    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !(args[0].startsWith("ws://") || args[0].startsWith("wss://"))) {
            System.err.println("usage: java tools/WatchDelivery.java \"ws://host:port/api/v1/tracking/orders/<order id>/live?access_token=<token>\"");
            System.exit(2);
        }
        CountDownLatch closed = new CountDownLatch(1);
        StringBuilder partial = new StringBuilder();
        WebSocket.Listener printer = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    System.out.println(partial);
                    partial.setLength(0);
                }
                socket.request(1);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                System.err.println("closed: " + status + " " + reason);
                closed.countDown();
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                System.err.println("error: " + error);
                closed.countDown();
            }
        };
        try {
            HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(args[0]), printer).join();
        } catch (java.util.concurrent.CompletionException e) {
            System.err.println("refused: " + e.getCause());
            System.exit(1);
        }
        closed.await();
    }
}
