package app.tropa.revisit;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Done steps coming back through {@code /api/revisits} (UTC in tests), with the test clock. */
@QuarkusTest
class RevisitResourceTest {

    private static final String STEP = "why-your-own-ai";

    @Inject
    TestClock clock;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    @Test
    void aDoneStepIsUpcomingForAWeekThenDue() {
        progress(STEP, "done");

        given().get("/api/revisits").then().statusCode(200)
                .body("due", hasSize(0))
                .body("upcoming.nodeId", contains(STEP))
                .body("upcoming[0].dueOn", equalTo("2026-11-27"))
                .body("upcoming[0].lastRevisitedOn", nullValue());

        clock.set(Instant.parse("2026-11-27T08:00:00Z"));

        given().get("/api/revisits?lang=ru").then()
                .body("due.nodeId", contains(STEP))
                .body("due[0].title", equalTo("Зачем идти от пользования ИИ к своему собственному"))
                .body("upcoming", hasSize(0));
        given().get("/api/tutor").then().body("dueRevisits", equalTo(1)).body("revisits[0].nodeId", equalTo(STEP));
    }

    @Test
    void aRevisitSavesTheAnswerAsAJournalEntryOfTheStepAndSetsTheNextDate() {
        progress(STEP, "done");
        clock.set(Instant.parse("2026-11-27T08:00:00Z"));

        long reflection = revisit(STEP, "{\"grade\":\"good\",\"answer\":\"Чтобы понимать, что внутри.\","
                + "\"checkpoints\":[2,0]}").statusCode(200)
                .body("nodeId", equalTo(STEP))
                .body("grade", equalTo("good"))
                .body("checkpoints", contains(0, 2))
                .body("offerInProgress", equalTo(false))
                .body("nextDueOn", notNullValue())
                .extract().jsonPath().getLong("reflectionId");

        given().get("/api/reflections/" + reflection).then().statusCode(200)
                .body("kind", equalTo("revisit"))
                .body("body", equalTo("Чтобы понимать, что внутри."))
                .body("nodeIds", contains(STEP));
        given().get("/api/revisits").then()
                .body("due", hasSize(0))
                .body("upcoming[0].lastRevisitedOn", equalTo("2026-11-27"));
        given().get("/api/revisits/" + STEP + "/history").then()
                .body("grade", contains("good"))
                .body("[0].checkpoints", contains(0, 2))
                .body("[0].reflectionId", equalTo((int) reflection));
    }

    @Test
    void againOffersToTakeTheStepAnewAndAStepInProgressLeavesTheSchedule() {
        progress(STEP, "done");
        clock.set(Instant.parse("2026-11-27T08:00:00Z"));

        revisit(STEP, "{\"grade\":\"again\",\"answer\":\"I do not remember.\"}").statusCode(200)
                .body("offerInProgress", equalTo(true));
        progress(STEP, "in_progress");

        given().get("/api/revisits").then().body("due", hasSize(0)).body("upcoming", hasSize(0));
        given().get("/api/revisits/" + STEP + "/history").then().body("grade", contains("again"));
        revisit(STEP, "{\"grade\":\"good\",\"answer\":\"x\"}").statusCode(409).body("error", equalTo("not-done"));
    }

    @Test
    void aSkippedStepLeavesTheScheduleAndComesBackAFreshWeekAfterBeingDoneAgain() {
        progress(STEP, "done");
        progress(STEP, "skipped");
        given().get("/api/revisits").then().body("upcoming", hasSize(0));

        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        progress(STEP, "done");

        given().get("/api/revisits").then().body("upcoming[0].dueOn", equalTo("2026-12-08"));
    }

    @Test
    void onlyDoneStepsCanBeRevisited() {
        revisit(STEP, "{\"grade\":\"good\",\"answer\":\"x\"}").statusCode(409)
                .body("error", equalTo("not-done"))
                .body("message", equalTo("Step 'why-your-own-ai' is not started, not done: only done steps come "
                        + "back for a revisit."));
        revisit("no-such-step", "{\"grade\":\"good\",\"answer\":\"x\"}").statusCode(404)
                .body("error", equalTo("unknown-node"));
    }

    @Test
    void aBadRevisitIsRefusedNamingTheFieldAndSavesNothing() {
        progress(STEP, "done");

        revisit(STEP, "{\"answer\":\"x\"}").statusCode(400)
                .body("error", equalTo("missing-grade")).body("details.field", equalTo("grade"));
        revisit(STEP, "{\"grade\":\"perfect\",\"answer\":\"x\"}").statusCode(400)
                .body("error", equalTo("invalid-grade")).body("details.field", equalTo("grade"));
        revisit(STEP, "{\"grade\":\"good\",\"answer\":\"   \"}").statusCode(400)
                .body("error", equalTo("missing-answer")).body("details.field", equalTo("answer"));
        revisit(STEP, "{\"grade\":\"good\",\"answer\":\"x\",\"checkpoints\":[3]}").statusCode(400)
                .body("error", equalTo("invalid-checkpoint")).body("details.field", equalTo("checkpoints"));
        revisit(STEP, "{\"grade\":\"good\",\"answer\":\"" + "a".repeat(RevisitService.MAX_ANSWER + 1) + "\"}")
                .statusCode(400).body("error", equalTo("answer-too-long"));
        revisit(STEP, "not json").statusCode(400);

        given().get("/api/reflections").then().body("total", equalTo(0));
        given().get("/api/revisits/" + STEP + "/history").then().body("$", hasSize(0));
    }

    @Test
    void revisitsCountForTheStreak() {
        progress(STEP, "done");
        clock.set(Instant.parse("2026-11-27T08:00:00Z"));
        given().get("/api/tutor").then().body("streak.current", equalTo(0));

        revisit(STEP, "{\"grade\":\"hard\",\"answer\":\"Something about inference.\"}").statusCode(200);

        given().get("/api/tutor").then().body("streak.current", equalTo(1));
    }

    private static void progress(String node, String status) {
        given().contentType(ContentType.JSON).body("{\"status\":\"" + status + "\"}")
                .put("/api/progress/" + node).then().statusCode(200);
    }

    private static ValidatableResponse revisit(String node, String json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/revisits/" + node).then();
    }
}
