package app.tropa.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every write the app acknowledged survives SIGKILL right after the acknowledgement. Short by
 * default; {@code -Dtest.crash.cycles=50} runs a longer soak.
 */
class CrashSafetyIT {

    static final String[] NODES = {"why-your-own-ai", "first-conversations", "what-tuning-changes",
            "personal-dictionary-of-meanings", "what-building-means"};

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void shouldKeepEveryAcknowledgedWriteAcrossKills() throws Exception {
        int cycles = Integer.getInteger("test.crash.cycles", 3);
        int writes = Integer.getInteger("test.crash.writes", 25);
        List<String> acknowledged = new ArrayList<>();
        for (int cycle = 0; cycle < cycles; cycle++) {
            AppProcess app = AppProcess.start(data);
            for (int i = 0; i < writes; i++) {
                String note = "cycle " + cycle + " · запись " + i + " ✓";
                String node = NODES[i % NODES.length];
                HttpResponse<String> response = app.putJson("/api/progress/" + node,
                        json.writeValueAsString(java.util.Map.of("note", note)));
                assertEquals(200, response.statusCode(), response.body());
                acknowledged.add(note);
            }
            app.kill();
        }
        try (AppProcess app = AppProcess.start(data)) {
            JsonNode events = json.readTree(app.get("/api/progress/events?limit=5000").body());
            Set<String> stored = new HashSet<>();
            events.forEach(e -> stored.add(e.path("to").asText()));
            List<String> lost = acknowledged.stream().filter(n -> !stored.contains(n)).toList();

            assertTrue(lost.isEmpty(), lost.size() + " acknowledged writes lost, e.g. " + lost.stream().limit(3).toList());
            assertEquals(cycles * writes, events.size());
        }
    }
}
