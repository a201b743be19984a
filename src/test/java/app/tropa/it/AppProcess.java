package app.tropa.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged app, started as a separate JVM on a data folder, as a learner would run it. */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("test.app.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the app first (mvn package): " + jar);
        }
        return jar;
    }

    /** Starts the app and returns at once; use {@link #awaitReady()} or {@link #awaitExit()}. */
    static AppProcess launch(Path dataDir, String... extraProperties) {
        try {
            int port = freePort();
            List<String> cmd = new ArrayList<>(List.of(javaBin()));
            for (String option : System.getProperty("test.app.jvm.options", "").trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    cmd.add(option);
                }
            }
            cmd.addAll(List.of("-Xmx256m", "-Dtropa.data-dir=" + dataDir, "-Dquarkus.http.port=" + port));
            for (String p : extraProperties) {
                cmd.add("-D" + p);
            }
            cmd.add("-jar");
            cmd.add(jar().toString());
            Path log = Files.createTempFile("tropa-it", ".log");
            Process process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new AppProcess(process, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the app and waits until it is ready. The free port is picked before the app binds it, so
     * another process (an outgoing connection's local port, say) can take it in between: then the
     * app is started again on another port, up to three times.
     */
    static AppProcess start(Path dataDir, String... extraProperties) {
        for (int attempt = 1; ; attempt++) {
            AppProcess app = launch(dataDir, extraProperties);
            try {
                app.awaitReady();
                return app;
            } catch (IllegalStateException failed) {
                if (attempt == 3 || !app.output().contains("seems to be in use by another process")) {
                    throw failed;
                }
            }
        }
    }

    void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited during start-up:\n" + output());
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            sleep(100);
        }
        throw new IllegalStateException("The app did not start in time:\n" + output());
    }

    int awaitExit() {
        try {
            if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("The app did not exit:\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> putJson(String path, String json) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A request to this app, for the caller to finish and send. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    }

    HttpResponse<String> sendRequest(HttpRequest request) throws IOException {
        return send(request);
    }

    /** Sends without waiting: the answer may never come if the app is killed meanwhile. */
    java.util.concurrent.CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
