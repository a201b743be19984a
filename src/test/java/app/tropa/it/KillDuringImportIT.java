package app.tropa.it;

import app.tropa.TestDisks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGKILL the packaged app in the middle of importing a ten-year backup, merge and replace: after
 * a restart the learner's data is exactly what it was before the import or exactly what the
 * import makes of it, never a mix, and every "before replace" backup on disk is whole.
 */
class KillDuringImportIT {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void shouldLeaveTheDataWhollyBeforeOrWhollyAfterWhenKilledDuringAnImport() throws Exception {
        String tenYears = tenYearBackup();
        Path before = work.resolve("before");
        Map<String, Object> beforePrint = learnerWithAFewThings(before);
        List<String> landed = new ArrayList<>();
        for (String mode : List.of("replace", "merge")) {
            Path reference = TestDisks.copyFolder(before, work.resolve("reference-" + mode));
            Map<String, Object> afterPrint;
            long took;
            try (AppProcess app = AppProcess.start(reference)) {
                long start = System.nanoTime();
                KillDuringWritesIT.ok(app.sendRequest(importRequest(app, mode, tenYears)), "a whole " + mode);
                took = (System.nanoTime() - start) / 1_000_000;
                afterPrint = fingerprint(app);
            }
            assertTrue(!afterPrint.equals(beforePrint), "the import changes something");
            for (double share : new double[] {0.35, 0.75}) {
                Path run = TestDisks.copyFolder(before, work.resolve("killed-" + mode + "-" + share));
                AppProcess app = AppProcess.start(run);
                CompletableFuture<HttpResponse<String>> answer = app.sendAsync(importRequest(app, mode, tenYears));
                Thread.sleep((long) (took * share));
                app.kill();
                landed.add(mode + " at " + (long) (took * share) + " of " + took + " ms: "
                        + (answer.isDone() && !answer.isCompletedExceptionally() ? "answered" : "unanswered"));
                DatabaseCheck.readEveryTable(run);
                try (AppProcess again = AppProcess.start(run)) {
                    Map<String, Object> found = fingerprint(again);
                    assertTrue(found.equals(beforePrint) || found.equals(afterPrint),
                            mode + " killed at " + share + ": neither before nor after:\n" + found + "\nbefore "
                                    + beforePrint + "\nafter " + afterPrint);
                }
                assertBeforeReplaceBackupsWhole(run, beforePrint);
            }
        }
        System.out.println("Kill during import: " + landed);
    }

    private String tenYearBackup() throws Exception {
        try (AppProcess app = AppProcess.start(work.resolve("ten-years"), "tropa.demo.years=10")) {
            HttpResponse<String> backup = app.get("/api/export/json");
            KillDuringWritesIT.ok(backup, "a ten-year backup");
            return backup.body();
        }
    }

    private Map<String, Object> learnerWithAFewThings(Path data) throws Exception {
        try (AppProcess app = AppProcess.start(data)) {
            for (String body : List.of("До импорта · первая запись ✓", "Before the import · second entry",
                    "До импорта · третья")) {
                KillDuringWritesIT.ok(app.postJson("/api/reflections", KillDuringWritesIT.body(Map.of("body", body))),
                        "an entry");
            }
            KillDuringWritesIT.ok(app.putJson("/api/progress/why-your-own-ai",
                    KillDuringWritesIT.body(Map.of("status", "done", "note", "сделано до импорта"))), "a step");
            return fingerprint(app);
        }
    }

    private static HttpRequest importRequest(AppProcess app, String mode, String backup) {
        return app.request("/api/import?mode=" + mode).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(backup)).build();
    }

    /** How many of each thing there are, and every text the journal holds: what a mix could not fake. */
    private Map<String, Object> fingerprint(AppProcess app) throws Exception {
        return fingerprint(json.readTree(app.get("/api/export/json").body()));
    }

    static Map<String, Object> fingerprint(JsonNode backup) {
        Map<String, Object> print = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = backup.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            if (section.getValue().isArray()) {
                print.put(section.getKey(), section.getValue().size());
            }
        }
        List<String> bodies = new ArrayList<>();
        backup.path("reflections").findValues("body").forEach(b -> bodies.add(b.asText()));
        bodies.sort(null);
        print.put("reflection texts", bodies.hashCode() + " of " + bodies.size());
        return print;
    }

    private void assertBeforeReplaceBackupsWhole(Path data, Map<String, Object> beforePrint) throws IOException {
        Path backups = data.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return;
        }
        try (Stream<Path> files = Files.list(backups)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("tropa-backup-.*-before-replace\\.json"))
                    .toList()) {
                assertEquals(beforePrint, fingerprint(json.readTree(f.toFile())), "the backup " + f.getFileName()
                        + " holds the data from before the replace");
            }
        }
    }
}
