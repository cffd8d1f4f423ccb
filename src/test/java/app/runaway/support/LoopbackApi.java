package app.runaway.support;

import app.runaway.llm.TokenCount;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the fake model providers share: a JSON API on a loopback port, every request kept as received (of type
 * {@code R}), a way to hang until closed, and JSON answers. A subclass reads the request and says what to answer.
 */
abstract class LoopbackApi<R> implements AutoCloseable {
    protected final JsonMapper json = JsonMapper.builder().build();
    protected final AtomicInteger ids = new AtomicInteger();
    private final HttpServer server;
    private final List<R> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    protected LoopbackApi() throws IOException {
        TokenCount.of("warm-up"); // loading the encoding takes a while: not inside a request a test times
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange);
            }
        });
        server.start();
    }

    /** The base URL a client is given: the API root with its version, as the providers' own are. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/v1";
    }

    public List<R> received() {
        return List.copyOf(received);
    }

    /** Reads the exchange into a request (kept with {@link #keep}) and answers it. */
    protected abstract void handle(HttpExchange exchange) throws IOException;

    protected void keep(R request) {
        received.add(request);
    }

    protected JsonNode body(HttpExchange exchange) throws IOException {
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return body.isBlank() ? json.createObjectNode() : json.readTree(body);
    }

    /** No answer until the fake closes: a model slower than any budget. */
    protected void hang() {
        try {
            closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    protected static void send(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
