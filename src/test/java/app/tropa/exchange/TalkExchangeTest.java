package app.tropa.exchange;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import app.tropa.model.TutorConnection;
import app.tropa.talk.FakeModelServer;
import app.tropa.talk.TalkService;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.tropa.exchange.SampleLearner.exportJson;
import static app.tropa.exchange.SampleLearner.importJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Talks with the tutor in every export, made the way a learner makes them: through the API, with
 * a fake model server answering. A talk about a step, answered; one about a journal entry, left
 * unanswered by a failing model; one about a term, in the trash.
 */
@QuarkusTest
class TalkExchangeTest {

    static final String NODE = "chat-api-basics";

    @Inject
    TestClock clock;

    @Inject
    TutorConnection connection;

    @Inject
    TalkService talks;

    private FakeModelServer model;
    private Map<String, String> facts;
    private long entry;
    private long aboutStep;
    private long aboutEntry;
    private long trashed;

    @BeforeEach
    void talk() throws IOException {
        facts = DataFolderFacts.save();
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        entry = given().contentType(ContentType.JSON).body(Map.of("body", "Сегодня понял токены 🙂",
                "nodeIds", List.of(NODE))).post("/api/reflections").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        model = new FakeModelServer();
        connection.save(new TutorConnection.Change(model.baseUrl(), SampleTalks.MODEL, "", 5));

        clock.advance(Duration.ofMinutes(1));
        model.answers("What do you ", "think a token is?");
        aboutStep = start("node", NODE, "I do not get tokens.").statusCode(201).extract().jsonPath().getLong("id");

        clock.advance(Duration.ofMinutes(1));
        model.then(new FakeModelServer.Status(500, "{\"error\":{\"message\":\"out of memory\"}}"));
        aboutEntry = start("reflection", String.valueOf(entry), "Was I right about tokens?").statusCode(502)
                .extract().jsonPath().getLong("details.talkId");

        clock.advance(Duration.ofMinutes(1));
        model.answers("Which brick is it?");
        trashed = start("term", "token", "Секрет корзины").statusCode(201).extract().jsonPath().getLong("id");
        given().delete("/api/tutor/talks/" + trashed).then().statusCode(204);
    }

    @AfterEach
    void release() {
        connection.save(new TutorConnection.Change("", "", "", null));
        model.close();
        clock.reset();
        DataFolderFacts.restore(facts);
    }

    private static io.restassured.response.ValidatableResponse start(String type, String id, String message) {
        return given().contentType(ContentType.JSON).body(Map.of("about", Map.of("type", type, "id", id),
                "message", message)).post("/api/tutor/talks").then();
    }

    @Test
    void shouldBackUpEveryTalkWithEveryMessageAndTheTrash() {
        String sent = model.chats().get(0).system();

        given().get("/api/export/json").then().statusCode(200)
                .body("talks.size()", equalTo(3))
                .body("talks[0].aboutType", equalTo("node"))
                .body("talks[0].aboutId", equalTo(NODE))
                .body("talks[0].title", equalTo("Call a chat model through an API"))
                .body("talks[0].lang", equalTo("en"))
                .body("talks[0].forTraining", equalTo(false))
                .body("talks[0].demo", equalTo(false))
                .body("talks[0].createdAt", equalTo("2026-11-20T10:01:00Z"))
                .body("talks[0].messages[0].seq", equalTo(1))
                .body("talks[0].messages[0].role", equalTo("learner"))
                .body("talks[0].messages[0].body", equalTo("I do not get tokens."))
                .body("talks[0].messages[0].state", equalTo("answered"))
                .body("talks[0].messages[0].context", equalTo(sent))
                .body("talks[0].messages[1].role", equalTo("tutor"))
                .body("talks[0].messages[1].body", equalTo("What do you think a token is?"))
                .body("talks[0].messages[1].state", equalTo("complete"))
                .body("talks[0].messages[1].model", equalTo(SampleTalks.MODEL))
                .body("talks[1].aboutType", equalTo("reflection"))
                .body("talks[1].aboutId", equalTo("2026-11-20T10:00:00Z"))
                .body("reflections[0].createdAt", equalTo("2026-11-20T10:00:00Z"))
                .body("talks[1].messages.size()", equalTo(1))
                .body("talks[1].messages[0].state", equalTo("unanswered"))
                .body("talks[1].messages[0].failure", equalTo("model-failed"))
                .body("talks[1].deletedAt", nullValue())
                .body("talks[2].deletedAt", equalTo("2026-11-20T10:03:00Z"));
    }

    @Test
    void shouldRestoreTalksExactlyAndKeepATalkAboutTheSameEntry() {
        String backup = exportJson();
        LearnerData.wipe();

        importJson(backup, "?mode=replace").statusCode(200).body("kinds.talks.added", equalTo(3));

        assertEquals(SampleJson.withoutExportedAt(backup), SampleJson.withoutExportedAt(exportJson()));
        long restoredEntry = given().get("/api/reflections").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        assertNotEquals(entry, restoredEntry, "the entry has a new id in this data folder");
        given().get("/api/tutor/talks").then().statusCode(200)
                .body("items.find { it.about.type == 'reflection' }.about.id", equalTo(String.valueOf(restoredEntry)));
        given().get("/api/tutor/talks/trash").then().body("items.size()", equalTo(1));
        importJson(backup, "?mode=merge").statusCode(200).body("changes", equalTo(false))
                .body("kinds.talks.skipped", equalTo(3));
    }

    @Test
    void shouldMergeATalkContinuedElsewhereWithoutDuplicatingIt() {
        String older = exportJson();
        clock.advance(Duration.ofHours(1));
        model.answers("You were close.");
        given().post("/api/tutor/talks/" + aboutEntry + "/retry").then().statusCode(200);
        String newer = exportJson();
        LearnerData.wipe();
        importJson(older, "?mode=replace").statusCode(200);

        importJson(newer, "?mode=merge").statusCode(200)
                .body("kinds.talks.updated", equalTo(1))
                .body("kinds.talks.skipped", equalTo(2))
                .body("kinds.talks.added", equalTo(0))
                .body("kinds.talks.conflicts", equalTo(0));

        assertEquals(SampleJson.withoutExportedAt(newer), SampleJson.withoutExportedAt(exportJson()));
        importJson(newer, "?mode=merge").statusCode(200).body("changes", equalTo(false));
        importJson(older, "?mode=merge").statusCode(200).body("changes", equalTo(false));
    }

    @Test
    void shouldKeepTheTutorsWordsOutOfTheDataSetUntilTheLearnerOptsIn() throws IOException {
        SampleTalks.forTraining(trashed, true);
        String before = dataset();
        assertFalse(before.contains("think a token is?"), "no tutor text without the opt-in");
        assertFalse(before.contains("I do not get tokens."), "a talk without the opt-in adds nothing");

        talks.forTraining(aboutStep, true);
        talks.forTraining(aboutEntry, true);
        List<JsonNode> examples = examples(dataset());

        List<JsonNode> fromTalks = examples.stream().filter(e -> e.get("messages").get(1).get("content").asText()
                .equals("I do not get tokens.")).toList();
        assertEquals(1, fromTalks.size(), examples.toString());
        JsonNode messages = fromTalks.get(0).get("messages");
        assertEquals("assistant", messages.get(2).get("role").asText());
        assertEquals("What do you think a token is?", messages.get(2).get("content").asText());
        assertTrue(messages.get(0).get("content").asText().contains("“Call a chat model through an API”"),
                messages.get(0).toString());
        String after = examples.toString();
        assertFalse(after.contains("Was I right about tokens?"), "an unanswered question has no answer to pair");
        assertFalse(after.contains("Which brick is it?"), "the trash stays out even when it was opted in");
        assertFalse(after.contains("Секрет корзины"));
        assertFalse(after.contains("You are the learner's tutor"), "what was sent to the model stays out");
    }

    @Test
    void shouldWriteEachLiveTalkIntoTheVaultLinkedToWhatItIsAbout() throws IOException {
        Map<String, String> files = ReadableExportsTest.unzip(given().get("/api/export/markdown?lang=en").then()
                .statusCode(200).extract().asByteArray());

        List<String> talkFiles = files.keySet().stream().filter(n -> n.startsWith("talks/")).sorted().toList();
        assertEquals(List.of("talks/2026-11-20-call-a-chat-model-through-an-api.md",
                "talks/2026-11-20-reflection-of-2026-11-20.md"), talkFiles, "the trash stays out");
        String step = files.get(talkFiles.get(0));
        Map<String, Object> front = ReadableExportsTest.frontMatter(step);
        assertEquals(String.valueOf(aboutStep), String.valueOf(front.get("id")));
        assertEquals("node", front.get("aboutType"));
        assertEquals(NODE, front.get("aboutId"));
        assertEquals("Call a chat model through an API", front.get("title"));
        assertEquals("en", front.get("lang"));
        assertEquals("2026-11-20T10:01:00Z", String.valueOf(front.get("created")));
        assertFalse(front.containsKey("demo"), "only a demo talk says so");
        assertTrue(step.contains("About the step: [[phases/2-technical-immersion|Call a chat model through an API]]"),
                step);
        assertTrue(step.indexOf("## Me · 2026-11-20 10:01\n\nI do not get tokens.")
                < step.indexOf("## Tutor · tutor-small · 2026-11-20 10:01\n\nWhat do you think a token is?"), step);

        String aboutEntryNote = files.get(talkFiles.get(1));
        assertTrue(aboutEntryNote.contains("About the journal entry: [[journal/2026/2026-11-20-segodnya-ponyal-tokeny|"),
                aboutEntryNote);
        assertTrue(aboutEntryNote.contains("Was I right about tokens?\n\n*Not answered (model-failed).*"),
                aboutEntryNote);
        assertTrue(files.get("index.md").contains("## Talks with the tutor\n\n- [[talks/2026-11-20-call-a-chat-"),
                files.get("index.md"));
        assertFalse(files.values().stream().anyMatch(t -> t.contains("Секрет корзины")), "the trash stays out");
    }

    private static String dataset() {
        return given().get("/api/export/dataset?lang=en").then().statusCode(200).extract().asString();
    }

    private static List<JsonNode> examples(String text) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(BackupJson.mapper().readTree(line));
            }
        }
        return lines;
    }
}
