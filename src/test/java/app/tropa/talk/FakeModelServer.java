package app.tropa.talk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the learner's model server, on 127.0.0.1 only: it speaks the OpenAI-compatible
 * API (GET /v1/models, POST /v1/chat/completions streamed or not), records every request and
 * plays the answers a test scripts, one per chat request.
 */
public final class FakeModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with the next chat request. */
    public sealed interface Act {
    }

    /** Streams the pieces as server-sent events, pausing between them. */
    public record Stream(List<String> pieces, long pauseMillis) implements Act {
    }

    /** Answers with an error status and body. */
    public record Status(int code, String body) implements Act {
    }

    /** Says nothing until released (or the client gives up). */
    public record Hang() implements Act {
    }

    public record Request(String method, String path, String authorization, JsonNode body) {

        /** Every message's text, as sent. */
        public String allText() {
            StringBuilder b = new StringBuilder();
            body.path("messages").forEach(m -> b.append(m.path("content").asText()).append('\n'));
            return b.toString();
        }

        public String system() {
            return body.path("messages").get(0).path("content").asText();
        }
    }

    private final HttpServer server;
    private final Deque<Act> acts = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile List<String> models = List.of("tutor-small", "tutor-large");

    public FakeModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/models", this::models);
        server.createContext("/v1/chat/completions", this::chat);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public synchronized FakeModelServer then(Act act) {
        acts.add(act);
        return this;
    }

    public FakeModelServer answers(String... pieces) {
        return then(new Stream(List.of(pieces), 0));
    }

    public void hasModels(List<String> names) {
        models = names;
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public List<Request> chats() {
        return requests.stream().filter(r -> r.path().endsWith("/chat/completions")).toList();
    }

    private void models(HttpExchange ex) throws IOException {
        record(ex, null);
        StringBuilder data = new StringBuilder();
        for (String m : models) {
            data.append(data.isEmpty() ? "" : ",").append("{\"id\":\"").append(m)
                    .append("\",\"object\":\"model\",\"created\":1700000000,\"owned_by\":\"library\"}");
        }
        send(ex, 200, "application/json", "{\"object\":\"list\",\"data\":[" + data + "]}");
        ex.close();
    }

    private void chat(HttpExchange ex) throws IOException {
        JsonNode body = JSON.readTree(ex.getRequestBody());
        record(ex, body);
        Act act;
        synchronized (this) {
            act = acts.isEmpty() ? new Status(500, "{\"error\":{\"message\":\"no answer scripted\"}}") : acts.poll();
        }
        try {
            if (act instanceof Stream s) {
                stream(ex, body, s);
            } else if (act instanceof Status s) {
                send(ex, s.code(), "application/json", s.body());
            } else {
                hang(ex);
            }
        } catch (IOException | InterruptedException e) {
            // The client went away (stopped, timed out): nothing more to send.
        } finally {
            ex.close();
        }
    }

    private void stream(HttpExchange ex, JsonNode body, Stream s) throws IOException, InterruptedException {
        if (!body.path("stream").asBoolean()) {
            String whole = String.join("", s.pieces());
            send(ex, 200, "application/json", "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                    + JSON.writeValueAsString(whole) + "},\"finish_reason\":\"stop\"}]}");
            return;
        }
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        for (String piece : s.pieces()) {
            String chunk = "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + JSON.writeValueAsString(piece)
                    + "},\"finish_reason\":null}]}";
            out.write(("data: " + chunk + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (s.pauseMillis() > 0) {
                Thread.sleep(s.pauseMillis());
            }
        }
        out.write(("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void hang(HttpExchange ex) throws InterruptedException {
        released.await(30, TimeUnit.SECONDS);
    }

    private void record(HttpExchange ex, JsonNode body) {
        requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                ex.getRequestHeaders().getFirst("Authorization"), body));
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    /** Requests seen so far, by path, for a quick look in a failure message. */
    public Map<String, Long> counts() {
        return requests.stream().collect(java.util.stream.Collectors.groupingBy(Request::path,
                java.util.stream.Collectors.counting()));
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
