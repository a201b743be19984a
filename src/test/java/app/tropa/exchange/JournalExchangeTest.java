package app.tropa.exchange;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static app.tropa.exchange.SampleLearner.exportJson;
import static app.tropa.exchange.SampleLearner.importJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journal in every export: entries with revisions and the trash, letters sealed and opened. */
@QuarkusTest
class JournalExchangeTest {

    @Inject
    TestClock clock;

    private long today;
    private long trashed;

    @BeforeEach
    void journal() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        today = entry("{\"date\":\"2026-11-20\",\"kind\":\"daily\",\"body\":\"Сегодня понял токены 🙂\","
                + "\"nodeIds\":[\"why-your-own-ai\"],\"termIds\":[\"token\"],\"tags\":[\"dataset\",\"идея\"]}");
        clock.advance(Duration.ofHours(1));
        given().contentType(ContentType.JSON).body("{\"body\":\"Сегодня понял токены 🙂\\nИ ещё одно.\","
                + "\"nodeIds\":[\"why-your-own-ai\"],\"termIds\":[\"token\"],\"tags\":[\"dataset\",\"идея\"]}").put("/api/reflections/" + today).then().statusCode(200);
        entry("{\"kind\":\"field-instruction\",\"body\":\"Свободный текст\",\"tags\":[\"Dataset\"],"
                + "\"fieldInstruction\":{\"phase\":\"technical-immersion\",\"attentionPattern\":\"на детали\","
                + "\"depth\":3,\"assemblyPoint\":\"токенизатор\",\"vectorQuestion\":\"что, если?\"}}");
        entry("{\"body\":\"Личное, не для обучения\"}");
        trashed = entry("{\"body\":\"Ушло в корзину\",\"tags\":[\"dataset\"]}");
        given().delete("/api/reflections/" + trashed).then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"body\":\"Секрет будущему себе\",\"openOn\":\"2027-06-01\"}")
                .post("/api/letters").then().statusCode(201);
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    private static long entry(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/reflections").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void shouldBackUpEntriesWithRevisionsTrashAndLetters() {
        given().get("/api/export/json").then().statusCode(200)
                .body("reflections.size()", equalTo(4))
                .body("reflections[0].revision", equalTo(2))
                .body("reflections[0].revisions.size()", equalTo(2))
                .body("reflections[0].revisions[0].body", equalTo("Сегодня понял токены 🙂"))
                .body("reflections[0].body", equalTo("Сегодня понял токены 🙂\nИ ещё одно."))
                .body("reflections[0].deletedAt", nullValue())
                .body("reflections[1].fieldInstruction.depth", equalTo(3))
                .body("reflections[3].deletedAt", equalTo("2026-11-20T11:00:00Z"))
                .body("letters[0].body", equalTo("Секрет будущему себе"))
                .body("letters[0].openedAt", nullValue());
    }

    @Test
    void shouldRoundTripTheJournalAndMergeItOnlyOnce() {
        String backup = exportJson();
        LearnerData.wipe();

        importJson(backup, "?mode=replace").statusCode(200).body("kinds.reflections.added", equalTo(4))
                .body("kinds.letters.added", equalTo(1));
        assertEquals(SampleJson.withoutExportedAt(backup), SampleJson.withoutExportedAt(exportJson()));
        given().get("/api/reflections/trash").then().body("items.size()", equalTo(1));

        importJson(backup, "?mode=merge").statusCode(200).body("changes", equalTo(false))
                .body("kinds.reflections.skipped", equalTo(4)).body("kinds.letters.skipped", equalTo(1));
    }

    @Test
    void shouldMergeLaterRevisionsAndAnOpenedLetterIntoAnOlderJournal() {
        String older = exportJson();
        clock.set(Instant.parse("2027-06-02T09:00:00Z"));
        given().contentType(ContentType.JSON).body("{\"body\":\"Третья версия\",\"tags\":[\"dataset\"]}")
                .put("/api/reflections/" + today).then().statusCode(200);
        given().get("/api/letters").then().statusCode(200).body("items[0].body", equalTo("Секрет будущему себе"));
        String newer = exportJson();
        LearnerData.wipe();
        importJson(older, "?mode=replace").statusCode(200);

        importJson(newer, "?mode=merge").statusCode(200)
                .body("kinds.reflections.updated", equalTo(1))
                .body("kinds.reflections.skipped", equalTo(3))
                .body("kinds.letters.updated", equalTo(1));

        assertEquals(SampleJson.withoutExportedAt(newer), SampleJson.withoutExportedAt(exportJson()));
        importJson(older, "?mode=merge").statusCode(200).body("changes", equalTo(false));
    }

    @Test
    void shouldPutOnlyTaggedLiveEntriesInTheDataSetAndNeverALetter() throws IOException {
        String text = given().get("/api/export/dataset?lang=ru").then().statusCode(200).extract().asString();

        assertTrue(text.contains("Сегодня понял токены 🙂\\nИ ещё одно."), text);
        assertTrue(text.contains("Глубина понимания: 3/5"), text);
        assertFalse(text.contains("Личное"), text);
        assertFalse(text.contains("Ушло в корзину"), text);
        assertFalse(text.contains("Секрет"), text);
        for (String line : text.split("\n")) {
            BackupJson.mapper().readTree(line);
        }
    }

    @Test
    void shouldWriteTheJournalIntoTheVaultAndCsvWithLettersSealed() throws IOException {
        Map<String, String> files = ReadableExportsTest.unzip(given().get("/api/export/markdown").then()
                .statusCode(200).extract().asByteArray());
        String file = "journal/2026/2026-11-20-segodnya-ponyal-tokeny.md";
        assertTrue(files.containsKey(file), files.keySet().toString());
        Map<String, Object> front = ReadableExportsTest.frontMatter(files.get(file));
        assertEquals(List.of("dataset", "идея"), front.get("tags"));
        assertEquals(List.of("why-your-own-ai"), front.get("nodes"));
        assertFalse(files.values().stream().anyMatch(t -> t.contains("Секрет будущему себе")));
        assertTrue(ReadableExportsTest.unzip(given().get("/api/export/markdown?sealed=true").then().extract()
                .asByteArray()).values().stream().anyMatch(t -> t.contains("Секрет будущему себе")));

        List<Map<String, String>> rows = ReadableExportsTest.parseCsv(new String(given()
                .get("/api/export/csv?what=reflections").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8));
        assertEquals(3, rows.size());
        assertEquals("Сегодня понял токены 🙂\nИ ещё одно.", rows.get(0).get("body"));
    }
}
