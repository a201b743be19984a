package app.tropa.talk;

import app.tropa.model.TutorConnection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TalkResourceTest {

    static final String NODE = "chat-api-basics";

    @Inject
    TutorConnection connection;

    FakeModelServer model;

    @BeforeEach
    void connect() throws Exception {
        model = new FakeModelServer();
        connection.save(new TutorConnection.Change(model.baseUrl(), "tutor-small", "", 5));
    }

    @AfterEach
    void disconnect() {
        connection.save(new TutorConnection.Change("", "", "", null));
        model.close();
    }

    static ValidatableResponse startTalk(String type, String id, String message) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("about", Map.of("type", type, "id", id), "message", message))
                .post("/api/tutor/talks").then();
    }

    @Test
    void aTalkAboutAStepIsAnsweredByTheConnectedModelAndKept() {
        model.answers("What do you ", "think a token is?");
        int id = startTalk("node", NODE, "I do not get tokens.").statusCode(201)
                .body("about.type", equalTo("node")).body("about.id", equalTo(NODE))
                .body("messages", hasSize(2))
                .body("messages[0].role", equalTo("learner")).body("messages[0].text", equalTo("I do not get tokens."))
                .body("messages[0].state", equalTo("answered"))
                .body("messages[1].role", equalTo("tutor")).body("messages[1].text", equalTo("What do you think a token is?"))
                .body("messages[1].state", equalTo("complete"))
                .extract().path("id");
        FakeModelServer.Request sent = model.chats().get(0);
        assertEquals("tutor-small", sent.body().path("model").asText());
        assertTrue(sent.body().path("stream").asBoolean(), "the answer is asked for as a stream");
        assertTrue(sent.system().contains("Reply in English"), sent.system());
        given().get("/api/tutor/talks/" + id).then().statusCode(200).body("messages", hasSize(2));
        given().get("/api/tutor/talks").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void theTutorIsToldTheStepTheLearnersMetaphorsAndRecentReflectionsButNeverSealedOrTrashedText() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("text", "a token is a brick " + mark))
                .post("/api/terms/token/metaphors").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("body", "Reflection kept " + mark, "nodeIds", List.of(NODE)))
                .post("/api/reflections").then().statusCode(201);
        int trashed = given().contentType(ContentType.JSON)
                .body(Map.of("body", "Reflection trashed " + mark, "nodeIds", List.of(NODE)))
                .post("/api/reflections").then().statusCode(201).extract().path("id");
        given().delete("/api/reflections/" + trashed).then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("body", "Sealed letter " + mark, "openOn", "2030-01-01"))
                .post("/api/letters").then().statusCode(201);

        model.answers("Where does your brick metaphor break?");
        startTalk("node", NODE, "Help me with this step.").statusCode(201);

        String sent = model.chats().get(0).allText();
        assertTrue(sent.contains("a token is a brick " + mark), "the learner's current metaphor is sent");
        assertTrue(sent.contains("Reflection kept " + mark), "a recent reflection on the step is sent");
        assertTrue(sent.contains("Vector question"), "the step's vector question is sent");
        assertTrue(sent.contains("- Checkpoints:\n  - I can"), "the step's checkpoints are sent, under their label");
        assertTrue(sent.contains("Risk"), "the phase's risk is sent");
        assertFalse(sent.contains("Reflection trashed " + mark), "nothing in the trash is sent");
        assertFalse(sent.contains("Sealed letter " + mark), "a sealed letter is never sent");
    }

    @Test
    void whatWasSentIsKeptWithTheMessageForTheLearnerToSee() {
        model.answers("Fine.");
        String shown = startTalk("node", NODE, "Hello").statusCode(201).extract().path("messages[0].sent");
        assertEquals(model.chats().get(0).system(), shown);
    }

    @Test
    void aRussianPageGetsARussianTutor() {
        model.answers("Что такое токен, по-вашему?");
        given().header("Accept-Language", "ru").contentType(ContentType.JSON)
                .body(Map.of("about", Map.of("type", "node", "id", NODE), "message", "Не понимаю токены."))
                .post("/api/tutor/talks").then().statusCode(201);
        String system = model.chats().get(0).system();
        assertTrue(system.contains("по-русски"), system);
        assertTrue(system.contains("Векторный вопрос"), system);
    }

    @Test
    void aFollowUpCarriesTheWholeTalk() {
        model.answers("First answer.").answers("Second answer.");
        int id = startTalk("node", NODE, "First question.").statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("message", "Second question."))
                .post("/api/tutor/talks/" + id + "/messages").then().statusCode(200)
                .body("messages", hasSize(4)).body("messages[3].text", equalTo("Second answer."));
        var messages = model.chats().get(1).body().path("messages");
        assertEquals(List.of("system", "user", "assistant", "user"),
                List.of(messages.get(0).path("role").asText(), messages.get(1).path("role").asText(),
                        messages.get(2).path("role").asText(), messages.get(3).path("role").asText()));
        assertEquals("Second question.", messages.get(3).path("content").asText());
    }

    @Test
    void aModelErrorKeepsTheMessageUnansweredAndTryAgainAnswersIt() {
        model.then(new FakeModelServer.Status(500, "{\"error\":{\"message\":\"out of memory\"}}"));
        int id = startTalk("node", NODE, "Kept through a failure.").statusCode(502)
                .body("error", equalTo("model-failed")).body("message", containsString("kept"))
                .body("details.talkId", notNullValue()).extract().path("details.talkId");
        given().get("/api/tutor/talks/" + id).then().statusCode(200).body("messages", hasSize(1))
                .body("messages[0].text", equalTo("Kept through a failure."))
                .body("messages[0].state", equalTo("unanswered")).body("messages[0].failure", equalTo("model-failed"));

        model.answers("Now I can answer.");
        given().post("/api/tutor/talks/" + id + "/retry").then().statusCode(200).body("messages", hasSize(2))
                .body("messages[0].state", equalTo("answered")).body("messages[1].text", equalTo("Now I can answer."));
    }

    @Test
    void aModelThatDoesNotAnswerInTimeIs504() {
        connection.save(new TutorConnection.Change(model.baseUrl(), "tutor-small", "", 1));
        model.then(new FakeModelServer.Hang());
        startTalk("node", NODE, "Are you there?").statusCode(504).body("error", equalTo("model-timeout"));
    }

    @Test
    void aServerThatIsNotRunningIsSaidPlainly() throws Exception {
        String base = model.baseUrl();
        model.close();
        connection.save(new TutorConnection.Change(base, "tutor-small", "", 5));
        startTalk("node", NODE, "Hello?").statusCode(502).body("error", equalTo("model-unreachable"))
                .body("message", containsString("running"));
    }

    @Test
    void anEmptyAnswerIsAFailure() {
        model.answers("");
        startTalk("node", NODE, "Say nothing.").statusCode(502).body("error", equalTo("model-empty"));
    }

    @Test
    void aModelTheServerDoesNotHaveIsNamed() {
        model.then(new FakeModelServer.Status(404, "{\"error\":{\"message\":\"model \\\"tutor-small\\\" not found, try pulling it first\"}}"));
        startTalk("node", NODE, "Hello").statusCode(502).body("error", equalTo("model-not-found"));
    }

    @Test
    void withNoModelConnectedTheTutorIsOffAndNothingIsSaved() {
        connection.save(new TutorConnection.Change("", "", "", null));
        int before = given().get("/api/tutor/talks").then().extract().path("total");
        startTalk("node", NODE, "Anyone?").statusCode(409).body("error", equalTo("tutor-off"))
                .body("message", containsString("/tutor/settings"));
        given().get("/api/tutor/talks").then().body("total", equalTo(before));
        assertTrue(model.requests().isEmpty());
    }

    @Test
    void badInputIsAnsweredWithTheField() {
        startTalk("planet", "x", "Hi").statusCode(400).body("error", equalTo("invalid-about"))
                .body("details.field", equalTo("about.type"));
        startTalk("node", "no-such-step", "Hi").statusCode(404).body("error", equalTo("unknown-node"));
        startTalk("node", NODE, "   ").statusCode(400).body("error", equalTo("invalid-message"))
                .body("details.field", equalTo("message"));
        startTalk("term", "no-such-term", "Hi").statusCode(404).body("error", equalTo("unknown-term"));
        startTalk("reflection", "abc", "Hi").statusCode(404);
        given().contentType(ContentType.JSON).body("{").post("/api/tutor/talks").then().statusCode(400);
        given().get("/api/tutor/talks/999999").then().statusCode(404).body("error", equalTo("unknown-talk"));
        assertTrue(model.chats().isEmpty(), "nothing reaches the model on bad input");
    }

    @Test
    void aTalkGoesToTheTrashAndComesBack() {
        model.answers("Hi.");
        int id = startTalk("today", "", "What is today's question about?").statusCode(201).extract().path("id");
        given().delete("/api/tutor/talks/" + id).then().statusCode(204);
        given().get("/api/tutor/talks").then().body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        given().get("/api/tutor/talks/trash").then().body("items.id", org.hamcrest.Matchers.hasItem(id));
        given().contentType(ContentType.JSON).body(Map.of("message", "more"))
                .post("/api/tutor/talks/" + id + "/messages").then().statusCode(409).body("error", equalTo("talk-in-trash"));
        given().post("/api/tutor/talks/" + id + "/restore").then().statusCode(200).body("deletedAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aTalkAboutATermShowsEveryMetaphorVersion() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("text", "first picture " + mark))
                .post("/api/terms/quantization/metaphors").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("text", "second picture " + mark))
                .post("/api/terms/quantization/metaphors").then().statusCode(201);
        model.answers("Where does the second picture break?");
        startTalk("term", "quantization", "Is my metaphor right?").statusCode(201);
        String system = model.chats().get(0).system();
        assertTrue(system.contains("first picture " + mark) && system.contains("second picture " + mark), system);
        assertTrue(system.indexOf("second picture " + mark) < system.indexOf("first picture " + mark),
                "the newest version comes first");
    }

    @Test
    void longAnswersAreCutAndMarked() {
        model.answers("x".repeat(5000), "y".repeat(5000));
        startTalk("node", NODE, "Tell me everything.").statusCode(201)
                .body("messages[1].state", equalTo("cut"))
                .body("messages[1].text.length()", equalTo(8000));
    }

    @Test
    void theModelEndpointListsTheServersModels() {
        given().get("/api/tutor/model").then().log().ifValidationFails().statusCode(200).body("configured", equalTo(true))
                .body("baseUrl", equalTo(model.baseUrl())).body("model", equalTo("tutor-small"))
                .body("reachable", equalTo(true)).body("models", equalTo(List.of("tutor-small", "tutor-large")));
        model.hasModels(List.of("other"));
        given().get("/api/tutor/model").then().body("reachable", equalTo(true)).body("problem", equalTo("model-not-found"));
        connection.save(new TutorConnection.Change("", "", "", null));
        given().get("/api/tutor/model").then().body("configured", equalTo(false)).body("reachable", equalTo(false));
    }
}
