package app.tropa.talk;

import app.tropa.model.TutorConnection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class QuestionResourceTest {

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

    @Test
    void aStepSuggestsQuestionsGroundedInItsLesson() {
        model.answers(QuestionParseTest.pairs(3));
        given().post("/api/nodes/" + NODE + "/questions").then().statusCode(200)
                .body("nodeId", equalTo(NODE)).body("questions", hasSize(3))
                .body("questions[0].question", equalTo("Why 1?")).body("questions[0].answer", equalTo("Because 1."));
        FakeModelServer.Request sent = model.chats().get(0);
        assertTrue(sent.system().contains("{\"questions\":"), "the shape is asked for");
        assertTrue(sent.allText().contains("Call a chat model through an API"), "the lesson is sent");
    }

    @Test
    void aBrokenReplyIsAskedForAgainWithTheError() {
        model.answers("Sure! Here are some questions: 1. Why?").answers(QuestionParseTest.pairs(4));
        given().post("/api/nodes/" + NODE + "/questions").then().statusCode(200).body("questions", hasSize(4));
        assertEquals(2, model.chats().size());
        String retry = model.chats().get(1).allText();
        assertTrue(retry.contains("there is no JSON object in it"), retry);
    }

    @Test
    void twoBrokenRepliesAreSaidPlainly() {
        model.answers("no").answers("{\"questions\":[]}");
        given().post("/api/nodes/" + NODE + "/questions").then().statusCode(502)
                .body("error", equalTo("model-bad-questions")).body("message", containsString("larger model"));
    }

    @Test
    void withTheTutorOffNoQuestionsAreSuggested() {
        connection.save(new TutorConnection.Change("", "", "", null));
        given().post("/api/nodes/" + NODE + "/questions").then().statusCode(409).body("error", equalTo("tutor-off"));
        given().post("/api/nodes/no-such-step/questions").then().statusCode(404);
    }

    @Test
    void aKeptQuestionJoinsReviewAndCanBeGraded() {
        String key = given().contentType(ContentType.JSON)
                .body(Map.of("question", "Why stream an answer?", "answer", "So the learner reads while it is written."))
                .post("/api/nodes/" + NODE + "/questions/kept").then().statusCode(201)
                .body("nodeId", equalTo(NODE)).body("reviewKey", startsWith("question-"))
                .extract().path("reviewKey");
        given().get("/review?term=" + key + "&reveal=1&lang=en").then().statusCode(200)
                .body(containsString("Why stream an answer?"))
                .body(containsString("So the learner reads while it is written."))
                .body(containsString("href=\"/path/" + NODE + "\""));
        given().contentType(ContentType.JSON).body(Map.of("termId", key, "grade", "good"))
                .post("/api/reviews").then().statusCode(200);
    }

    @Test
    void aKeptQuestionNeedsBothTexts() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Why?", "answer", " "))
                .post("/api/nodes/" + NODE + "/questions/kept").then().statusCode(400)
                .body("error", equalTo("invalid-answer")).body("details.field", equalTo("answer"));
        given().contentType(ContentType.JSON).body(Map.of("question", "Why?", "answer", "x"))
                .post("/api/nodes/no-such-step/questions/kept").then().statusCode(404);
    }
}
