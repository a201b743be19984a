package app.tropa.it;

import app.tropa.talk.FakeModelServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGKILL the packaged app again and again while it writes every kind of thing a learner keeps:
 * journal entries and their revisions, letters, metaphors, cards, reviews, progress notes,
 * revisits, talks with the tutor, and settings. Some writes are acknowledged before the kill,
 * some are still in flight when it lands. After every restart: each acknowledged write is there,
 * each unacknowledged one is wholly there or wholly absent, every table reads back in full, and
 * the app starts normally. The seed ({@code -Dtest.crash.seed}) fixes the writes and the pauses
 * before each kill; where exactly a kill lands is the machine's.
 */
class KillDuringWritesIT {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void shouldKeepEveryAcknowledgedWriteAndNoHalfWriteAcrossFiftyKills() throws Exception {
        int cycles = Integer.getInteger("test.crash.cycles", 50);
        Random random = new Random(Long.getLong("test.crash.seed", 20261202L));
        try (FakeModelServer model = new FakeModelServer()) {
            for (int i = 0; i < 10_000; i++) {
                model.answers(LearnerLedger.TUTOR_ANSWER);
            }
            String[] tutor = {"tropa.tutor.base-url=" + model.baseUrl(), "tropa.tutor.model=tutor-small"};
            LearnerLedger ledger = new LearnerLedger(json);
            int inFlight = 0;
            for (int cycle = 0; cycle < cycles; cycle++) {
                AppProcess app = AppProcess.start(data, tutor);
                if (cycle == 0) {
                    ledger.setUp(app);
                } else {
                    ledger.verify(app);
                }
                for (int i = 0; i < 4 + random.nextInt(4); i++) {
                    ledger.acknowledged(app, pick(random), "c" + cycle + "w" + i);
                }
                inFlight += killWhileWriting(app, ledger, random, cycle);
                DatabaseCheck.readEveryTable(data);
            }
            try (AppProcess app = AppProcess.start(data, tutor)) {
                ledger.verify(app);
            }
            System.out.println("Kill during writes, " + cycles + " cycles: " + ledger.summary());
            assertTrue(ledger.acknowledgedCount() > cycles * 4, ledger.summary());
            assertTrue(inFlight >= cycles, "writes in flight at the kills: " + inFlight);
        }
    }

    /** Sends one to three writes of different kinds, kills the app after a short pause, sorts out which were answered. */
    private int killWhileWriting(AppProcess app, LearnerLedger ledger, Random random, int cycle) throws Exception {
        List<LearnerLedger.Kind> kinds = new ArrayList<>(List.of(LearnerLedger.Kind.values()));
        Collections.shuffle(kinds, random);
        List<LearnerLedger.Pending> pending = new ArrayList<>();
        for (LearnerLedger.Kind kind : kinds.subList(0, 1 + random.nextInt(3))) {
            pending.add(ledger.send(app, kind, "c" + cycle + "f" + pending.size()));
        }
        Thread.sleep(random.nextInt(40));
        app.kill();
        for (LearnerLedger.Pending p : pending) {
            HttpResponse<String> answer = answered(p.response());
            if (answer != null && answer.statusCode() < 400) {
                p.acknowledge(answer);
            } else {
                p.uncertain();
            }
        }
        return pending.size();
    }

    private static HttpResponse<String> answered(CompletableFuture<HttpResponse<String>> response) {
        try {
            return response.get(10, TimeUnit.SECONDS);
        } catch (Exception killedBeforeTheAnswer) {
            return null;
        }
    }

    private static LearnerLedger.Kind pick(Random random) {
        LearnerLedger.Kind[] all = LearnerLedger.Kind.values();
        return all[random.nextInt(all.length)];
    }

    static String body(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.BodyPublisher jsonOf(Map<String, ?> value) {
        return HttpRequest.BodyPublishers.ofString(body(value));
    }

    /** A success, or the redirect a page's form answers with. */
    static void ok(HttpResponse<String> response, String what) {
        assertTrue(response.statusCode() >= 200 && response.statusCode() < 400,
                what + ": " + response.statusCode() + " " + response.body());
    }

    static JsonNode read(ObjectMapper json, HttpResponse<String> response, String what) throws Exception {
        ok(response, what);
        return json.readTree(response.body());
    }
}
