package app.tropa.progress;

import app.tropa.LearnerData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many writers at once, on the same few nodes: every acknowledged write is kept, and nobody gets
 * an error. {@code -Dtest.concurrency.writes=2000} runs it longer.
 */
@QuarkusTest
class ConcurrentWritersTest {

    static final String[] NODES = {"why-your-own-ai", "first-conversations", "what-tuning-changes"};

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
    }

    @Test
    void shouldKeepEveryWriteFromManyThreads() throws Exception {
        int threads = 8;
        int perThread = Integer.getInteger("test.concurrency.writes", 240) / threads;
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    String note = "поток " + thread + " запись " + i;
                    String body = "{\"note\":\"" + note + "\",\"checkpoints\":[" + (i % 2) + "]}";
                    var response = given().contentType(ContentType.JSON).body(body)
                            .put("/api/progress/" + NODES[(thread + i) % NODES.length]);
                    if (response.statusCode() == 200) {
                        acknowledged.add(note);
                    } else {
                        failures.add(response.statusCode() + " " + response.asString());
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        assertEquals(List.of(), List.copyOf(failures));
        Set<String> stored = new HashSet<>(given().get("/api/progress/events?limit=5000").jsonPath().getList("to"));
        List<String> lost = acknowledged.stream().filter(n -> !stored.contains(n)).toList();
        assertTrue(lost.isEmpty(), lost.size() + " acknowledged writes lost");
        assertEquals(threads * perThread, acknowledged.size());
    }
}
