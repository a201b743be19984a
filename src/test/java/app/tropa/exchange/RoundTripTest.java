package app.tropa.exchange;

import app.tropa.LearnerData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static app.tropa.exchange.SampleLearner.exportJson;
import static app.tropa.exchange.SampleLearner.importJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export–import round trip, as a property over generated histories: export → replace-import
 * into an empty data folder → export gives the same JSON, apart from exportedAt. The histories
 * come from jqwik's generators (with their edge cases: empty lists, empty text) and are full of
 * Unicode edge cases; each one is first imported from a generated file, which must come back
 * unchanged too.
 */
@QuarkusTest
class RoundTripTest {

    private static final int RANDOM_HISTORIES = 40;
    private static final int EDGE_CASES = 15;

    @Inject
    Backups backups;

    private static java.util.Map<String, String> facts;

    @org.junit.jupiter.api.BeforeAll
    static void keepFacts() {
        facts = DataFolderFacts.save();
    }

    @org.junit.jupiter.api.AfterAll
    static void putFactsBack() {
        DataFolderFacts.restore(facts);
    }

    @BeforeEach
    @AfterEach
    void emptyDataFolder() throws IOException {
        LearnerData.wipe();
        QuarkusTransaction.requiringNew().run(() -> app.tropa.platform.AppMeta.deleteAll());
        for (BackupFile f : backups.list()) {
            Files.deleteIfExists(backups.path(f));
        }
    }

    @Test
    void shouldExportTheSameJsonAfterReplaceImportIntoAnEmptyDataFolder() throws IOException {
        long seed = Long.getLong("roundtrip.seed", new Random().nextLong());
        List<BackupContent> histories = histories(seed);
        assertTrue(histories.stream().anyMatch(h -> java.util.Arrays.stream(Section.values())
                .allMatch(s -> h.size(s) == 0)), "an empty history is among the cases");
        assertTrue(histories.stream().anyMatch(h -> h.size(Section.PROGRESS) > 0 && h.size(Section.METAPHORS) > 0
                && h.size(Section.REVIEW_LOG) > 0 && h.size(Section.REFLECTIONS) > 0 && h.size(Section.LETTERS) > 0),
                "a rich history is among the cases");
        assertTrue(histories.stream().anyMatch(h -> h.talks().stream().anyMatch(t -> t.aboutReflection()
                && t.aboutId() != null && !t.messages().isEmpty())), "a talk about a journal entry is among the cases");
        assertTrue(histories.stream().anyMatch(h -> h.reviewLog().stream().anyMatch(r -> h.reviewQuestions().stream()
                .anyMatch(q -> q.reviewKey().equals(r.termId())))), "a kept question with a logged review is among the cases");
        for (BackupContent history : histories) {
            String file = new String(BackupFormatTest.write(history), StandardCharsets.UTF_8);
            String why = "seed " + seed + " (rerun with -Droundtrip.seed=" + seed + "), history:\n" + file;

            emptyDataFolder();
            importJson(file, "?mode=replace").statusCode(200);
            String first = exportJson();
            assertEquals(SampleJson.withoutHeader(file), SampleJson.withoutHeader(first), why);

            emptyDataFolder();
            importJson(first, "?mode=replace").statusCode(200);
            String second = exportJson();
            assertEquals(SampleJson.withoutExportedAt(first), SampleJson.withoutExportedAt(second), why);
        }
    }

    @Test
    void shouldKeepTheLongestTextsEachColumnTakes() throws IOException {
        String emoji = "😀".repeat(2000);
        BackupContent c = new BackupContent(new BackupContent.Header(1, Instant.EPOCH, "v", "UTC"), java.util.Map.of());
        c.add(Section.METAPHORS, new Records.Metaphor("token", 1, emoji, "integration", null, false,
                Instant.parse("2026-11-20T10:00:00Z")));
        c.add(Section.PROGRESS, new Records.Progress("why-your-own-ai", "done", List.of(0), "Ё".repeat(4000),
                null, null, Instant.parse("2026-11-20T10:00:00Z"), "v"));
        c.add(Section.TALKS, new Records.Talk("term", "t".repeat(120), "😀".repeat(150), "ru", false, false,
                Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-20T10:00:00Z"), null,
                List.of(new Records.TalkMessage(1, "learner", "Ж".repeat(20_000), "unanswered", "m".repeat(40),
                        "😀".repeat(30_000), null, Instant.parse("2026-11-20T10:00:00Z")),
                        new Records.TalkMessage(2, "tutor", "ok", "complete", null, null, "😀".repeat(100),
                                Instant.parse("2026-11-20T10:00:00Z")))));
        c.add(Section.REVIEW_QUESTIONS, new Records.ReviewQuestion("question-1795345200000", "n".repeat(120),
                "😀".repeat(1000), "Ж".repeat(4000), "ru", Instant.parse("2026-11-20T10:00:00Z")));
        String file = new String(BackupFormatTest.write(c), StandardCharsets.UTF_8);

        importJson(file, "?mode=replace").statusCode(200);

        assertEquals(SampleJson.withoutHeader(file), SampleJson.withoutHeader(exportJson()));
    }

    @Test
    void shouldRefuseTextTooLongForItsColumnBeforeChangingAnything() {
        BackupContent held = new BackupContent(new BackupContent.Header(1, Instant.EPOCH, "v", "UTC"), java.util.Map.of());
        held.add(Section.PROGRESS, new Records.Progress("why-your-own-ai", "done", List.of(0), "kept",
                null, null, Instant.parse("2026-11-19T10:00:00Z"), "v"));
        importJson(new String(write(held), StandardCharsets.UTF_8), "?mode=replace").statusCode(200);
        String before = exportJson();

        BackupContent c = new BackupContent(new BackupContent.Header(1, Instant.EPOCH, "v", "UTC"), java.util.Map.of());
        c.add(Section.METAPHORS, new Records.Metaphor("token", 1, "😀".repeat(2001), "integration", null, false,
                Instant.parse("2026-11-20T10:00:00Z")));
        c.add(Section.TALKS, new Records.Talk("today", "today", "😀".repeat(151), "en", false, false,
                Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-20T10:00:00Z"), null, List.of()));
        c.add(Section.REVIEW_QUESTIONS, new Records.ReviewQuestion("question-1795345200000", "chat-api-basics",
                "Why?", "😀".repeat(2001), "en", Instant.parse("2026-11-20T10:00:00Z")));

        importJson(new String(write(c), StandardCharsets.UTF_8), "?mode=replace").statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("too-long"))
                .body("details.place", org.hamcrest.Matchers.equalTo("$.metaphors[0].text"))
                .body("details.problems.place", org.hamcrest.Matchers.hasItem("$.talks[0].title"))
                .body("details.problems.place", org.hamcrest.Matchers.hasItem("$.reviewQuestions[0].answer"));
        assertEquals(SampleJson.withoutExportedAt(before), SampleJson.withoutExportedAt(exportJson()),
                "the data folder is as it was");
    }

    private static byte[] write(BackupContent c) {
        try {
            return BackupFormatTest.write(c);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** jqwik's edge cases of the generator first (empty collections, empty text), then random histories. */
    private List<BackupContent> histories(long seed) {
        Arbitrary<BackupContent> arbitrary = BackupArbitraries.backups(true);
        List<BackupContent> histories = new ArrayList<>();
        JqwikSession.start();
        try {
            for (Shrinkable<BackupContent> edge : arbitrary.edgeCases(EDGE_CASES)) {
                histories.add(edge.value());
            }
            Random random = new Random(seed);
            var generator = arbitrary.generator(100);
            for (int i = 0; i < RANDOM_HISTORIES; i++) {
                histories.add(generator.next(random).value());
            }
        } finally {
            JqwikSession.finish();
        }
        return histories;
    }
}
