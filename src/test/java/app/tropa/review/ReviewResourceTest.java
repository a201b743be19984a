package app.tropa.review;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The due list moving with the test clock (UTC in tests), FSRS-6 at 90 % retention. */
@QuarkusTest
class ReviewResourceTest {

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
    void shouldBringATermDueFromTheDayAfterItsFirstMetaphor() {
        metaphor("token", "a grain of meaning");

        given().get("/api/reviews/due").then().statusCode(200).body("size()", equalTo(0));
        given().get("/api/terms/token").then()
                .body("review.dueAt", equalTo("2026-11-21T00:00:00Z"))
                .body("review.due", equalTo(false))
                .body("review.reps", equalTo(0));
        given().get("/api/tutor").then().body("dueReviews", equalTo(0));

        clock.set(Instant.parse("2026-11-21T00:00:00Z"));

        given().get("/api/reviews/due?lang=ru").then().statusCode(200)
                .body("termId", contains("token"))
                .body("[0].title", equalTo("Токен"))
                .body("[0].dueAt", equalTo("2026-11-21T00:00:00Z"));
        given().get("/api/tutor").then().body("dueReviews", equalTo(1));
    }

    @Test
    void shouldMoveTheDueDateByFsrsAfterEachGrade() {
        metaphor("token", "a grain of meaning");
        clock.set(Instant.parse("2026-11-21T08:00:00Z"));

        review("token", "good").statusCode(200)
                .body("termId", equalTo("token"))
                .body("grade", equalTo("good"))
                .body("reviewedAt", equalTo("2026-11-21T08:00:00Z"))
                .body("dueAt", equalTo("2026-11-23T00:00:00Z"))
                .body("scheduledDays", equalTo(2))
                .body("reps", equalTo(1))
                .body("lapses", equalTo(0))
                .body("stability", closeTo(2.3065, 1e-9))
                .body("difficulty", closeTo(2.118103970459015, 1e-9))
                .body("retrievability", nullValue())
                .body("algorithm", equalTo("FSRS-6"))
                .body("desiredRetention", closeTo(0.9, 1e-9));
        given().get("/api/reviews/due").then().body("size()", equalTo(0));

        clock.set(Instant.parse("2026-11-23T07:30:00Z"));
        given().get("/api/reviews/due").then().body("termId", contains("token"));

        review("token", "3").statusCode(200)
                .body("elapsedDays", equalTo(2))
                .body("retrievability", closeTo(0.9094932559773545, 1e-9))
                .body("stability", closeTo(10.964332335820703, 1e-9))
                .body("scheduledDays", equalTo(11))
                .body("dueAt", equalTo("2026-12-04T00:00:00Z"));

        clock.set(Instant.parse("2026-12-04T00:00:00Z"));
        review("token", "again").statusCode(200)
                .body("lapses", equalTo(1))
                .body("reps", equalTo(3))
                .body("stability", closeTo(1.5383372358832696, 1e-9))
                .body("difficulty", closeTo(7.392238132342694, 1e-9))
                .body("dueAt", equalTo("2026-12-06T00:00:00Z"));
    }

    @Test
    void shouldListDueTermsLongestWaitingFirstUpToTheLimit() {
        metaphor("token", "a grain");
        clock.advance(Duration.ofDays(1));
        card("lora", "{\"analogy\":\"a tailor's tuck\"}");
        clock.advance(Duration.ofDays(5));

        given().get("/api/reviews/due").then().body("termId", contains("token", "lora"));
        given().get("/api/reviews/due?limit=1").then().body("termId", contains("token"));
        given().get("/api/tutor").then().body("dueReviews", equalTo(2));
    }

    @Test
    void shouldCountReviewsForTheStreak() {
        metaphor("token", "a grain");
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
        given().get("/api/tutor").then().body("streak.current", equalTo(0));

        review("token", "good").statusCode(200);
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        review("token", "hard").statusCode(200);

        given().get("/api/tutor").then()
                .body("streak.current", equalTo(2))
                .body("activity[364].date", equalTo("2026-11-24"))
                .body("activity[364].count", equalTo(1))
                .body("activity[363].count", equalTo(1))
                .body("activity[360].date", equalTo("2026-11-20"))
                .body("activity[360].count", equalTo(1));
    }

    @Test
    void shouldRefuseBadReviewsWithA400ThatSaysWhy() {
        metaphor("token", "a grain");

        post("").statusCode(400).body("error", equalTo("missing-body"));
        post("{\"grade\":\"good\"}").statusCode(400)
                .body("error", equalTo("missing-term-id")).body("details.field", equalTo("termId"));
        review("token", null).statusCode(400)
                .body("error", equalTo("missing-grade")).body("details.field", equalTo("grade"));
        review("token", "perfect").statusCode(400)
                .body("error", equalTo("invalid-grade"))
                .body("message", containsString("again, hard, good, easy"))
                .body("details.allowed", contains("again", "hard", "good", "easy"));
        review("token", "5").statusCode(400).body("error", equalTo("invalid-grade"));
        review("lora", "good").statusCode(400)
                .body("error", equalTo("not-in-review"))
                .body("message", containsString("once you write your metaphor"));
        review("no-such-term", "good").statusCode(400)
                .body("error", equalTo("unknown-term")).body("details.field", equalTo("termId"));

        given().get("/api/reviews/due?limit=0").then().statusCode(400).body("error", equalTo("invalid-limit"));
        given().get("/api/reviews/due?limit=501").then().statusCode(400).body("details.field", equalTo("limit"));
        given().get("/api/reviews/due?limit=ten").then().statusCode(400).body("message", containsString("'ten'"));

        given().get("/api/terms/token").then().body("review.reps", equalTo(0));
    }

    static void metaphor(String termId, String text) {
        given().contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}")
                .post("/api/terms/" + termId + "/metaphors").then().statusCode(201);
    }

    static void card(String termId, String json) {
        given().contentType(ContentType.JSON).body(json).put("/api/terms/" + termId + "/card").then().statusCode(200);
    }

    static ValidatableResponse review(String termId, String grade) {
        return post("{\"termId\":\"" + termId + "\",\"grade\":" + (grade == null ? "null" : "\"" + grade + "\"") + "}");
    }

    /** Reads JSON numbers as doubles, so FSRS's numbers keep their precision. */
    private static ValidatableResponse post(String body) {
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .contentType(ContentType.JSON).body(body).post("/api/reviews").then();
    }
}
