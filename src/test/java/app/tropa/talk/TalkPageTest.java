package app.tropa.talk;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import app.tropa.model.TutorConnection;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TalkPageTest {

    @Inject
    TutorConnection connection;

    FakeModelServer model;
    FormSession form;

    @BeforeEach
    void connect() throws Exception {
        LearnerData.wipe();
        model = new FakeModelServer();
        connection.save(new TutorConnection.Change(model.baseUrl(), "tutor-small", "", 5));
        form = FormSession.open("/tutor/settings");
    }

    @AfterEach
    void disconnect() {
        connection.save(new TutorConnection.Change("", "", "", null));
        model.close();
    }

    private RequestSpecification send() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token());
    }

    private long talkIdFrom(String location) {
        return Long.parseLong(location.replaceAll(".*/tutor/(\\d+).*", "$1"));
    }

    @Test
    void everyStepJournalEntryTermAndTodaysQuestionOffersATalk() {
        given().get("/path/chat-api-basics?lang=en").then().body(containsString("href=\"/tutor/new?about=node&amp;id=chat-api-basics\""));
        given().get("/glossary/token?lang=en").then().body(containsString("href=\"/tutor/new?about=term&amp;id=token\""));
        given().get("/?lang=en").then().body(containsString("href=\"/tutor/new?about=today\""));
        given().get("/tutor?lang=en").then().body(containsString("<a href=\"/tutor\" aria-current=\"page\">Tutor</a>"));
    }

    @Test
    void aNewTalkShowsWhatTheTutorWillSeeAndSendsNothingYet() {
        given().get("/tutor/new?about=node&id=chat-api-basics&lang=en").then().statusCode(200)
                .body(containsString("What the tutor sees"))
                .body(containsString("Reply in English"))
                .body(containsString("Vector question"))
                .body(containsString("<script src=\"/js/talk-stream.js\" defer></script>"));
        assertTrue(model.requests().isEmpty(), "opening the page sends nothing");
    }

    @Test
    void withoutScriptsTheFormPostsAndThePageShowsTheWholeAnswerAsMarkdown() {
        model.answers("What is **one** token <script>alert(1)</script>?");
        String location = send().formParam("type", "node").formParam("id", "chat-api-basics")
                .formParam("message", "Tokens confuse me.").post("/tutor").then().statusCode(303)
                .extract().header("Location");
        given().get("/tutor/" + talkIdFrom(location) + "?lang=en").then().statusCode(200)
                .body(containsString("Tokens confuse me."))
                .body(containsString("<strong>one</strong>"))
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("What the tutor sees"));
    }

    @Test
    void aFailedAnswerKeepsTheMessageAndOffersTryAgainInTheLearnersLanguage() {
        model.then(new FakeModelServer.Status(500, "{}"));
        String location = send().formParam("type", "node").formParam("id", "chat-api-basics")
                .formParam("message", "Сообщение, которое нельзя терять").post("/tutor?lang=ru").then().statusCode(303)
                .extract().header("Location");
        long id = talkIdFrom(location);
        given().get("/tutor/" + id + "?lang=ru").then().statusCode(200)
                .body(containsString("Сообщение, которое нельзя терять"))
                .body(containsString("Без ответа."))
                .body(containsString("Модель ответила ошибкой"))
                .body(containsString("Попробовать ещё раз"));
        model.answers("Теперь отвечаю.");
        send().post("/tutor/" + id + "/retry").then().statusCode(303);
        given().get("/tutor/" + id + "?lang=ru").then().body(containsString("Теперь отвечаю."))
                .body(not(containsString("Без ответа.")));
    }

    @Test
    void withTheTutorOffTheFormComesBackWithTheTextAndHowToConnect() {
        connection.save(new TutorConnection.Change("", "", "", null));
        send().formParam("type", "node").formParam("id", "chat-api-basics").formParam("message", "Мой текст")
                .post("/tutor?lang=ru").then().statusCode(409)
                .body(containsString(">Мой текст</textarea>"))
                .body(containsString("Модель не подключена"))
                .body(containsString("href=\"/tutor/settings\""));
    }

    @Test
    void theStreamSendsThePiecesAsTheyComeThenDone() {
        model.then(new FakeModelServer.Stream(List.of("Ask ", "yourself ", "first."), 20));
        String events = send().header("Accept", "text/event-stream").formParam("type", "node")
                .formParam("id", "chat-api-basics").formParam("message", "Stream it.")
                .post("/tutor/stream").then().statusCode(200).extract().asString();
        assertTrue(events.contains("\"event\":\"talk\""), events);
        assertTrue(events.contains("\"text\":\"Ask \"") && events.contains("\"text\":\"first.\""), events);
        assertTrue(events.contains("\"event\":\"done\""), events);
        long id = ((Number) given().get("/api/tutor/talks").then().extract().path("items[0].id")).longValue();
        given().get("/api/tutor/talks/" + id).then().body("messages[1].text", equalTo("Ask yourself first."));
    }

    @Test
    void theStreamSaysWhatIsWrongWhenNothingCanStart() {
        connection.save(new TutorConnection.Change("", "", "", null));
        String events = send().header("Accept", "text/event-stream").formParam("type", "node")
                .formParam("id", "chat-api-basics").formParam("message", "Anyone?")
                .post("/tutor/stream?lang=ru").then().statusCode(200).extract().asString();
        assertTrue(events.contains("\"event\":\"failed\"") && events.contains("tutor-off"), events);
        assertTrue(events.contains("Модель не подключена"), "said in the page's language: " + events);
    }

    @Test
    void aRemoteModelIsRefusedOnTheSettingsPageWithTheTypedValuesKept() {
        send().formParam("baseUrl", "http://tutor.example.invalid:11434/v1").formParam("model", "qwen2.5:3b")
                .formParam("timeoutSeconds", "60").post("/tutor/settings?lang=en").then().statusCode(400)
                .body(containsString("not on this machine"))
                .body(containsString("value=\"http://tutor.example.invalid:11434/v1\""))
                .body(containsString("value=\"qwen2.5:3b\""));
        assertEquals(model.baseUrl(), connection.settings().baseUrl().orElseThrow(), "nothing changed");
    }

    @Test
    void settingsAreSavedAndCheckingTheConnectionListsTheModels() {
        send().formParam("baseUrl", model.baseUrl()).formParam("model", "tutor-large").formParam("timeoutSeconds", "30")
                .post("/tutor/settings").then().statusCode(303);
        assertEquals("tutor-large", connection.settings().model().orElseThrow());
        assertEquals(30, connection.settings().timeout().toSeconds());
        send().post("/tutor/settings/check?lang=en").then().statusCode(200)
                .body(containsString("The server answers and has 2 model(s)"))
                .body(containsString("<code>tutor-small</code>"));
    }

    @Test
    void checkingAServerThatIsNotRunningSaysSoPlainly() {
        String base = model.baseUrl();
        model.close();
        connection.save(new TutorConnection.Change(base, "tutor-small", "", 5));
        send().post("/tutor/settings/check?lang=en").then().statusCode(200)
                .body(containsString("Nothing answers at this address"));
    }

    @Test
    void aBadTimeoutIsRefusedWithItsField() {
        send().formParam("baseUrl", model.baseUrl()).formParam("model", "m").formParam("timeoutSeconds", "soon")
                .post("/tutor/settings?lang=en").then().statusCode(400)
                .body(containsString("whole number of seconds"));
    }

    @Test
    void theApiKeyIsSentAsABearerTokenAndNeverShown() {
        connection.save(new TutorConnection.Change(model.baseUrl(), "tutor-small", "sk-local-secret", 5));
        given().get("/tutor/settings").then().body(not(containsString("sk-local-secret")));
        given().get("/api/tutor/model").then().body(not(containsString("sk-local-secret")));
        assertEquals("Bearer sk-local-secret", model.requests().get(0).authorization());
        Map<String, Long> seen = model.counts();
        assertTrue(seen.containsKey("/v1/models"), seen.toString());
    }

    @Test
    void aStepsPageSuggestsQuestionsAndTheTickedOnesAreKept() {
        given().get("/path/chat-api-basics?lang=en").then().body(containsString("action=\"/tutor/questions/chat-api-basics\""));
        model.answers(QuestionParseTest.pairs(3));
        send().post("/tutor/questions/chat-api-basics?lang=en").then().statusCode(200)
                .body(containsString("Why 2?")).body(containsString("Because 2."))
                .body(containsString("name=\"keep\" value=\"1\""));
        send().formParam("question", "Why 1?", "Why 2?", "Why 3?").formParam("answer", "Because 1.", "Because 2.", "Because 3.")
                .formParam("keep", "0", "2").post("/tutor/questions/chat-api-basics/keep?lang=ru").then().statusCode(200)
                .body(containsString("Вопросов сохранено для повторения: 2."));
        send().formParam("question", "Why 1?").formParam("answer", "Because 1.")
                .post("/tutor/questions/chat-api-basics/keep?lang=en").then().statusCode(400)
                .body(containsString("Tick at least one question"));
    }

    @Test
    void aStepsPageSaysWhenTheTutorIsOff() {
        connection.save(new TutorConnection.Change("", "", "", null));
        send().post("/tutor/questions/chat-api-basics?lang=ru").then().statusCode(409)
                .body(containsString("Модель не подключена"));
    }

    @Test
    void theJournalSearchFindsTalksWhenAskedAndNeverTrashedOnes() {
        model.answers("Think of a ledger.").answers("Fine.");
        int found = given().contentType("application/json").body(Map.of("about", Map.of("type", "today", "id", ""),
                "message", "What about a quokkaform?")).post("/api/tutor/talks").then().statusCode(201).extract().path("id");
        int trashed = given().contentType("application/json").body(Map.of("about", Map.of("type", "today", "id", ""),
                "message", "Another quokkaform.")).post("/api/tutor/talks").then().statusCode(201).extract().path("id");
        given().delete("/api/tutor/talks/" + trashed).then().statusCode(204);

        given().get("/journal?q=quokkaform&talks=1&lang=en").then().statusCode(200)
                .body(containsString("In your talks with the tutor: 1"))
                .body(containsString("href=\"/tutor/" + found + "\""))
                .body(not(containsString("href=\"/tutor/" + trashed + "\"")));
        given().get("/journal?q=quokkaform&lang=en").then().statusCode(200)
                .body(not(containsString("href=\"/tutor/" + found + "\"")));
        given().get("/journal?q=ledger&talks=1&lang=ru").then().body(containsString("В разговорах с наставником: 1"));
    }

    @Test
    void aMessageToTheTutorCountsForTheStreakAndTheHeatmap() {
        given().get("/api/tutor").then().body("streak.current", equalTo(0));
        model.answers("Hm.");
        given().contentType("application/json").body(Map.of("about", Map.of("type", "today", "id", ""),
                "message", "Today I only talked.")).post("/api/tutor/talks").then().statusCode(201);
        given().get("/api/tutor").then().body("streak.current", equalTo(1))
                .body("activity.find { it.count > 0 }.count", equalTo(1));
    }

    @Test
    void checkingSomethingThatIsNotAModelServerSaysSo() {
        // Tropa itself answers on this port, but not as an OpenAI-compatible server.
        connection.save(new TutorConnection.Change("http://127.0.0.1:" + io.restassured.RestAssured.port + "/nothing/v1",
                "tutor-small", "", 5));
        send().post("/tutor/settings/check?lang=en").then().statusCode(200)
                .body(containsString("not as an OpenAI-compatible server"));
    }
}
