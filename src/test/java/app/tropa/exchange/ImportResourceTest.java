package app.tropa.exchange;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static app.tropa.exchange.SampleLearner.exportJson;
import static app.tropa.exchange.SampleLearner.importJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The full JSON backup through the API: export, import with merge and replace, dry runs, every refusal. */
@QuarkusTest
class ImportResourceTest {

    @Inject
    TestClock clock;

    @Inject
    Backups backups;

    @Inject
    app.tropa.model.TutorConnection connection;

    /** The key of the question the sample learner keeps: the moment it was kept, in milliseconds. */
    static final String KEPT = "question-" + java.time.Instant.parse("2026-11-22T11:00:00Z").toEpochMilli();

    @BeforeEach
    void fresh() throws IOException {
        LearnerData.wipe();
        deleteBackups();
    }

    private java.util.Map<String, String> facts;

    @BeforeEach
    void keepFacts() {
        facts = DataFolderFacts.save();
    }

    @AfterEach
    void release() {
        clock.reset();
        DataFolderFacts.restore(facts);
    }

    private void deleteBackups() throws IOException {
        for (BackupFile f : backups.list()) {
            Files.deleteIfExists(backups.path(f));
        }
    }

    @Test
    void shouldExportEverythingTheLearnerMade() throws IOException {
        SampleLearner.walk(clock);

        given().get("/api/export/json").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"tropa-backup-2026-11-22.json\""))
                .body("format", equalTo("tropa-backup"))
                .body("schemaVersion", equalTo(3))
                .body("exportedAt", equalTo("2026-11-22T11:00:00Z"))
                .body("timeZone", equalTo("UTC"))
                .body("settings.created_at", startsWith("20"))
                .body("progress[0].nodeId", equalTo("why-your-own-ai"))
                .body("progress[0].status", equalTo("done"))
                .body("progress[0].note", equalTo("Заметка 🙂"))
                .body("progressEvents.size()", equalTo(4))
                .body("ownTerms[0].id", equalTo("gorizont-dykhaniya"))
                .body("metaphors.size()", equalTo(2))
                .body("metaphors[1].text", equalTo("кирпич текста, \"в кавычках\"\nи вторая строка"))
                .body("cards[0].statement", equalTo("Токен — единица текста"))
                .body("reviewQuestions.size()", equalTo(1))
                .body("reviewQuestions[0].reviewKey", equalTo(KEPT))
                .body("reviewQuestions[0].nodeId", equalTo("chat-api-basics"))
                .body("reviewQuestions[0].question", equalTo(SampleLearner.QUESTION))
                .body("reviewQuestions[0].answer", equalTo(SampleLearner.ANSWER))
                .body("reviewQuestions[0].lang", equalTo("en"))
                .body("reviewQuestions[0].createdAt", equalTo("2026-11-22T11:00:00Z"))
                .body("reviewStates.termId", equalTo(java.util.List.of(KEPT, "token")))
                .body("reviewStates.reps", equalTo(java.util.List.of(1, 1)))
                .body("reviewLog.termId", equalTo(java.util.List.of("token", KEPT)))
                .body("reviewLog[0].grade", equalTo("good"))
                .body("reflections.size()", equalTo(0))
                .body("letters.size()", equalTo(0))
                .body("talks.size()", equalTo(1))
                .body("talks[0].aboutType", equalTo("node"))
                .body("talks[0].aboutId", equalTo("why-your-own-ai"))
                .body("talks[0].messages.size()", equalTo(2))
                .body("talks[0].messages[0].body", equalTo("Зачем мне своя модель? 🤔"))
                .body("talks[0].messages[0].context", startsWith("You are the learner's tutor"))
                .body("talks[0].messages[1].role", equalTo("tutor"))
                .body("talks[0].messages[1].model", equalTo("tutor-small"));
        JsonNode doc = BackupJson.mapper().readTree(exportJson());
        assertEquals(java.util.Set.of(), BackupSchema.get().checkDocument(doc));
    }

    @Test
    void shouldReportADryRunAndChangeNothing() {
        SampleLearner.walk(clock);
        String backup = exportJson();
        LearnerData.wipe();

        importJson(backup, "?mode=merge&dryRun=true").statusCode(200)
                .body("mode", equalTo("merge"))
                .body("dryRun", equalTo(true))
                .body("applied", equalTo(false))
                .body("changes", equalTo(true))
                .body("kinds.progress.added", equalTo(1))
                .body("kinds.progressEvents.added", equalTo(4))
                .body("kinds.metaphors.added", equalTo(2))
                .body("kinds.reviewQuestions.added", equalTo(1))
                .body("kinds.reviewLog.inFile", equalTo(2))
                .body("kinds.talks.added", equalTo(1));

        progress("why-your-own-ai").body("status", equalTo("not_started"));
        assertEquals(0, SampleJson.count(exportJson(), "progressEvents"));
        assertEquals(0, SampleJson.count(exportJson(), "talks"));
    }

    @Test
    void shouldMergeTheSameFileTwiceChangingNothingTheSecondTime() {
        SampleLearner.walk(clock);
        String backup = exportJson();
        LearnerData.wipe();
        clock.advance(Duration.ofDays(1));
        SampleLearner.put("/api/progress/layers-of-meaning", "{\"status\":\"in_progress\"}");

        importJson(backup, "?mode=merge").statusCode(200).body("applied", equalTo(true))
                .body("kinds.progress.added", equalTo(1)).body("kinds.metaphors.added", equalTo(2));
        String afterFirst = SampleJson.withoutExportedAt(exportJson());
        importJson(backup, "?mode=merge").statusCode(200).body("changes", equalTo(false))
                .body("kinds.progress.skipped", equalTo(1))
                .body("kinds.progressEvents.skipped", equalTo(4))
                .body("kinds.metaphors.skipped", equalTo(2))
                .body("kinds.talks.skipped", equalTo(1))
                .body("kinds.reviewQuestions.skipped", equalTo(1))
                .body("kinds.settings.skipped", equalTo(1));

        assertEquals(afterFirst, SampleJson.withoutExportedAt(exportJson()));
        progress("layers-of-meaning").body("status", equalTo("in_progress"));
        progress("why-your-own-ai").body("status", equalTo("done"));
    }

    @Test
    void shouldTakeTheNewerStateAndContinueHistoriesOnMerge() {
        SampleLearner.walk(clock);
        String older = exportJson();
        clock.advance(Duration.ofDays(1));
        SampleLearner.post("/api/terms/token/metaphors", "{\"text\":\"третья версия\"}");
        SampleLearner.put("/api/progress/why-your-own-ai", "{\"note\":\"позже\"}");
        String newer = exportJson();

        importJson(older, "?mode=merge").statusCode(200).body("changes", equalTo(false))
                .body("kinds.metaphors.skipped", equalTo(2)).body("kinds.metaphors.conflicts", equalTo(0));

        LearnerData.wipe();
        importJson(older, "?mode=replace").statusCode(200);
        importJson(newer, "?mode=merge").statusCode(200)
                .body("kinds.metaphors.added", equalTo(1))
                .body("kinds.progress.updated", equalTo(1))
                .body("kinds.progressEvents.added", equalTo(1));
        progress("why-your-own-ai").body("note", equalTo("позже"));
        given().get("/api/terms/token").then().body("metaphor.text", equalTo("третья версия"));
    }

    @Test
    void shouldReplaceAfterWritingABackupOfWhatWasThere() throws IOException {
        SampleLearner.walk(clock);
        String backup = exportJson();
        clock.advance(Duration.ofDays(1));
        SampleLearner.put("/api/progress/layers-of-meaning", "{\"status\":\"skipped\"}");

        importJson(backup, "?mode=replace&dryRun=true").statusCode(200)
                .body("kinds.progress.removed", equalTo(2)).body("kinds.progress.added", equalTo(1));
        assertEquals(0, backups.list().size());

        String name = importJson(backup, "?mode=replace").statusCode(200)
                .body("mode", equalTo("replace"))
                .body("backup", startsWith("tropa-backup-20261123T110000Z-before-replace"))
                .extract().path("backup");

        progress("layers-of-meaning").body("status", equalTo("not_started"));
        Path saved = backups.path(backups.find(name).orElseThrow());
        assertTrue(Files.readString(saved).contains("\"nodeId\" : \"layers-of-meaning\""));
        given().get("/api/backups").then().statusCode(200).body("[0].name", equalTo(name))
                .body("[0].kind", equalTo("before-replace"));
    }

    @Test
    void shouldRefuseEveryInvalidFileNamingThePlaceAndChangeNothing() throws IOException {
        SampleLearner.walk(clock);
        String good = exportJson();
        String before = SampleJson.withoutExportedAt(good);
        ObjectNode doc = (ObjectNode) BackupJson.mapper().readTree(good);

        refuse("{\"format\":\"anki\",\"schemaVersion\":1}", "wrong-format", "$.format");
        refuse(SampleJson.with(doc, "schemaVersion", 99), "unknown-schema-version", "$.schemaVersion");
        refuse(good.substring(0, good.length() / 2), "truncated-json", null);
        refuse(good.replaceFirst("\"format\" :", "\"format\" ::"), "malformed-json", "$.format");
        refuse(good.replace("\"status\" : \"done\"", "\"status\" : 3"), "wrong-type", "$.progress[0].status");
        refuse(good.replace("\"termId\" : \"token\",\n    \"grade\"", "\"termId\" : \"nothing-here\",\n    \"grade\""),
                "unresolved-reference", "$.reviewLog[0].termId");
        refuse("[]", "wrong-format", "$");

        importJson(good, "?mode=sideways").statusCode(400).body("details.field", equalTo("mode"));
        importJson(good, "?dryRun=maybe").statusCode(400).body("details.field", equalTo("dryRun"));
        given().contentType("text/plain").body(good).post("/api/import").then().statusCode(415);

        assertEquals(before, SampleJson.withoutExportedAt(exportJson()));
        assertEquals(0, backups.list().size());
    }

    /** One node's state, from the overview of every node. */
    static io.restassured.response.ValidatableResponse progress(String nodeId) {
        return given().get("/api/progress").then().statusCode(200).rootPath("nodes.find { it.nodeId == '" + nodeId
                + "' }");
    }

    private static void refuse(String body, String error, String place) {
        for (String mode : new String[] {"merge", "replace"}) {
            var response = importJson(body, "?mode=" + mode).statusCode(400).body("error", equalTo(error))
                    .body("message", startsWith("The backup was not imported, and nothing was changed"));
            if (place != null) {
                response.body("details.place", equalTo(place)).body("message", containsString(place));
            }
        }
    }

    @Test
    void shouldImportAnUploadedFile() {
        SampleLearner.walk(clock);
        String backup = exportJson();
        LearnerData.wipe();

        given().multiPart("file", "backup.json", backup.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json").post("/api/import?mode=merge").then().statusCode(200)
                .body("kinds.progress.added", equalTo(1));
        progress("why-your-own-ai").body("status", equalTo("done"));
    }

    @Test
    void shouldServeTheSchema() {
        given().get("/api/export/schema").then().statusCode(200)
                .body("title", equalTo("Tropa backup, schema version 3"));
    }

    @Test
    void shouldNeitherCarryTheTutorsConnectionAndKeyNorSetThemFromAFile() {
        connection.save(new app.tropa.model.TutorConnection.Change("http://127.0.0.1:11434/v1", "tutor-small",
                "sk-secret-key", 5));
        try {
            String backup = exportJson();
            assertFalse(backup.contains("sk-secret-key"), "the API key never leaves in a backup");
            assertFalse(backup.contains("tutor.base-url"), backup);

            ObjectNode doc = (ObjectNode) SampleJson.tree(backup);
            ((ObjectNode) doc.get("settings")).put("tutor.base-url", "http://127.0.0.1:9/v1")
                    .put("tutor.api-key", "someone-elses-key");
            importJson(doc.toString(), "?mode=replace").statusCode(200).body("kinds.settings.skipped", equalTo(2));
            importJson(doc.toString(), "?mode=merge").statusCode(200).body("changes", equalTo(false));

            assertEquals(java.util.Optional.of("http://127.0.0.1:11434/v1"), connection.settings().baseUrl());
            assertEquals(java.util.Optional.of("sk-secret-key"), connection.settings().apiKey());
        } finally {
            connection.save(new app.tropa.model.TutorConnection.Change("", "", "", null));
        }
    }

    @Test
    void shouldStillImportABackupWrittenBeforeThereWereTalksOrKeptQuestions() throws IOException {
        String old;
        try (var in = getClass().getClassLoader().getResourceAsStream("exchange/backup-v1.json")) {
            old = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(1, SampleJson.tree(old).get("schemaVersion").asInt());

        importJson(old, "?mode=replace").statusCode(200).body("kinds.talks.inFile", equalTo(0))
                .body("kinds.reviewQuestions.inFile", equalTo(0))
                .body("kinds.reflections.added", equalTo(1)).body("kinds.letters.added", equalTo(1))
                .body("kinds.reviewLog.added", equalTo(1));

        String now = exportJson();
        assertEquals(3, SampleJson.tree(now).get("schemaVersion").asInt());
        ObjectNode expected = (ObjectNode) SampleJson.tree(old);
        expected.putArray("talks");
        expected.putArray("reviewQuestions");
        expected.putArray("revisitStates");
        expected.putArray("revisitLog");
        expected.get("progressEvents").forEach(e -> ((ObjectNode) e).putNull("source"));
        assertEquals(SampleJson.tree(SampleJson.withoutHeader(expected.toString())),
                SampleJson.tree(SampleJson.withoutHeader(now)),
                "every record of version 1 comes back as it was, with no talks, no kept questions and no "
                        + "placement marks");
        importJson(old, "?mode=merge").statusCode(200).body("changes", equalTo(false));
    }

    @Test
    void shouldRefuseABadTalkNamingItsPlace() throws IOException {
        SampleLearner.walk(clock);
        String good = exportJson();

        refuse(good.replace("\"state\" : \"complete\"", "\"state\" : \"answered\""), "invalid-value",
                "$.talks[0].messages[1].state");
        refuse(good.replace("\"role\" : \"tutor\"", "\"role\" : \"model\""), "invalid-value",
                "$.talks[0].messages[1].role");
        refuse(good.replace("\"lang\" : \"en\",\n    \"forTraining\"", "\"lang\" : \"de\",\n    \"forTraining\""),
                "invalid-value", "$.talks[0].lang");
        refuse(good.replace("\"seq\" : 2", "\"seq\" : 1"), "duplicate", "$.talks[0].messages[1].seq");
        refuse(good.replace("\"aboutType\" : \"node\"", "\"aboutType\" : \"reflection\""),
                "invalid-value", "$.talks[0].aboutId");
        assertEquals(1, SampleJson.count(exportJson(), "talks"), "nothing changed");
    }
}
