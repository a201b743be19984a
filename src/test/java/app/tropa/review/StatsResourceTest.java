package app.tropa.review;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** How memory is holding, as JSON and as a page in both languages (UTC in tests). */
@QuarkusTest
class StatsResourceTest {

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

    /** Token: written on 20 November, first recalled on the 21st, recalled again when due. */
    private void aTermReviewedTwice() {
        ReviewResourceTest.metaphor("token", "a grain of meaning");
        clock.set(Instant.parse("2026-11-21T09:00:00Z"));
        String due = review("token", "good");
        clock.set(Instant.parse(due).plus(Duration.ofHours(8)));
        review("token", "good");
    }

    private static String review(String term, String grade) {
        return given().contentType(ContentType.JSON).body(Map.of("termId", term, "grade", grade))
                .post("/api/reviews").then().statusCode(200).extract().path("dueAt");
    }

    @Test
    void theFirstRecallIsLearningAndTheRecallWhenDueCountsForRetention() {
        aTermReviewedTwice();
        String month = clock.instant().toString().substring(0, 7);

        given().get("/api/review/stats").then().statusCode(200)
                .body("months", equalTo(12))
                .body("reviews.retention", hasSize(12))
                .body("reviews.retention[11].month", equalTo(month))
                .body("reviews.retention[11].dueReviews", equalTo(1))
                .body("reviews.retention[11].recalled", equalTo(1))
                .body("reviews.retention[11].percent", equalTo(100))
                .body("reviews.totalReviews", equalTo(2))
                .body("reviews.inReview", equalTo(1))
                .body("reviews.reviewsPerDay", hasSize(30))
                .body("reviews.dueForecast", hasSize(30))
                .body("reviews.stability.find { it.count == 1 }.bucket", not(equalTo("new")));
        given().get("/api/review/stats?months=3").then().statusCode(200).body("reviews.retention", hasSize(3));
    }

    @Test
    void aMonthsValueThatIsNotAWholeNumberFromOneToSixtyIsRefusedNamingIt() {
        for (String bad : new String[] {"0", "61", "-2", "twelve", "1.5"}) {
            given().get("/api/review/stats?months=" + bad).then().statusCode(400)
                    .body("error", equalTo("invalid-months")).body("details.field", equalTo("months"));
        }
    }

    @Test
    void withNothingInReviewThePageSaysSoPlainly() {
        given().get("/review/stats?lang=en").then().statusCode(200)
                .body(containsString("<h1>How memory is holding</h1>"))
                .body(containsString("Nothing to show yet"))
                .body(not(containsString("<svg class=\"stats-chart\"")));
        given().get("/api/review/stats").then().body("reviews.retention[0].percent", nullValue());
    }

    @Test
    void eachChartIsAPictureWithATableBesideItInBothLanguages() {
        aTermReviewedTwice();

        String en = given().get("/review/stats?lang=en").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(en.contains("True retention by month")
                && en.contains("100 % (1 of 1)") && en.contains("<th scope=\"col\">Recalled when due</th>")
                && en.contains("role=\"img\"") && en.contains("Coming due"), en);
        given().get("/review/stats?lang=ru").then().statusCode(200)
                .body(containsString("<h1>Как держится память</h1>"))
                .body(containsString("Настоящее удержание по месяцам"))
                .body(containsString("100 % (1 из 1)"))
                .body(containsString("Таблицей"));
        given().get("/review?lang=en").then().body(containsString("<a href=\"/review/stats\">How memory is holding</a>"));
    }
}
