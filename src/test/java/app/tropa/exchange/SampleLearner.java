package app.tropa.exchange;

import app.tropa.TestClock;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;

/** Test helper: a short history made through the real API, the way a learner makes one. */
final class SampleLearner {

    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    /** The review question the walk keeps from a step, and its answer. */
    static final String QUESTION_NODE = "chat-api-basics";
    static final String QUESTION = "Зачем стримить ответ? 🤔";
    static final String ANSWER = "So the learner reads while it is written.\n\"Quoted\", second line";

    private SampleLearner() {
    }

    static void walk(TestClock clock) {
        clock.set(START);
        put("/api/progress/why-your-own-ai", "{\"status\":\"in_progress\",\"checkpoints\":[0],\"note\":\"Заметка 🙂\"}");
        clock.advance(Duration.ofHours(1));
        put("/api/progress/why-your-own-ai", "{\"status\":\"done\"}");
        post("/api/terms", "{\"title\":\"Горизонт дыхания\",\"definition\":\"Окно контекста, как я его вижу\"}");
        post("/api/terms/token/metaphors", "{\"text\":\"зерно смысла\"}");
        clock.advance(Duration.ofDays(1));
        post("/api/terms/token/metaphors", "{\"text\":\"кирпич текста, \\\"в кавычках\\\"\\nи вторая строка\"}");
        put("/api/terms/token/card", "{\"statement\":\"Токен — единица текста\",\"example\":\"«при» + «вет»\","
                + "\"counterexample\":\"\",\"analogy\":\"кирпич\",\"application\":\"\"}");
        clock.advance(Duration.ofDays(1));
        post("/api/reviews", "{\"termId\":\"token\",\"grade\":\"good\"}");
        String key = keepQuestion(QUESTION_NODE, QUESTION, ANSWER);
        post("/api/reviews", "{\"termId\":\"" + key + "\",\"grade\":\"good\"}");
        // A talk with the tutor an hour before; written into the tables, as tests have no model server.
        SampleTalks.write("node", "why-your-own-ai", "Why walk from using AI to building your own",
                clock.instant().minus(Duration.ofHours(1)), false, List.of(SampleTalks.asked("Зачем мне своя модель? 🤔"),
                        SampleTalks.answer("What would you build with it first?")));
    }

    /** Keeps a question as the step page does; returns its review key. */
    static String keepQuestion(String nodeId, String question, String answer) {
        return given().contentType(ContentType.JSON).body(java.util.Map.of("question", question, "answer", answer))
                .post("/api/nodes/" + nodeId + "/questions/kept").then().statusCode(201).extract().path("reviewKey");
    }

    static ValidatableResponse put(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).put(path).then().statusCode(200);
    }

    static ValidatableResponse post(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).post(path).then().statusCode(
                org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    static String exportJson() {
        return given().get("/api/export/json").then().statusCode(200).extract().asString();
    }

    static ValidatableResponse importJson(String json, String query) {
        return given().contentType("application/json; charset=UTF-8").body(json).post("/api/import" + query).then();
    }
}
