package app.tropa.journal;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static app.tropa.journal.JournalResourceTest.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Entries that come back on a day, through the API, the tutor and the dashboard. */
@QuarkusTest
class OnThisDayResourceTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2027-02-28T09:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    @Test
    void shouldBringBackEntriesAcrossYearAndMonthEnds() {
        long leapDay = create(Map.of("date", "2024-02-29", "body", "Високосный день"));
        long yearAgo = create(Map.of("date", "2026-02-28", "body", "Ровно год назад"));
        long monthEnd = create(Map.of("date", "2027-01-31", "body", "Конец января"));
        long sixMonths = create(Map.of("date", "2026-08-31", "body", "Конец августа"));
        create(Map.of("date", "2027-01-27", "body", "Не сегодня"));
        create(Map.of("date", "2027-02-28", "body", "Сегодня"));

        given().get("/api/on-this-day").then().statusCode(200)
                .body("date", equalTo("2027-02-28"))
                .body("items.ago", contains("1 month", "6 months", "1 year", "3 years"))
                .body("items.entry.id", contains((int) monthEnd, (int) sixMonths, (int) yearAgo, (int) leapDay))
                .body("items[0].entry.body", equalTo("Конец января"));
    }

    @Test
    void shouldAnswerForAGivenDay() {
        long id = create(Map.of("date", "2025-12-31", "body", "Новый год"));

        given().get("/api/on-this-day?date=2026-12-31").then()
                .body("items.ago", contains("1 year")).body("items[0].entry.id", equalTo((int) id));
        given().get("/api/on-this-day?date=2026-01-31").then().body("items.ago", contains("1 month"));
        given().get("/api/on-this-day?date=2026-03-31").then().body("items.ago", contains("3 months"));
        given().get("/api/on-this-day?date=2026-06-30").then().body("items.ago", contains("6 months"));
        given().get("/api/on-this-day?date=2026-02-28").then().body("items", empty());
    }

    @Test
    void shouldLeaveTrashedEntriesBehind() {
        long id = create(Map.of("date", "2026-02-28", "body", "x"));
        given().delete("/api/reflections/" + id).then().statusCode(204);

        given().get("/api/on-this-day").then().body("items", empty());
    }

    @Test
    void shouldShowOnThisDayInTheTutorAndOnTheDashboard() {
        long id = create(Map.of("date", "2026-02-28", "body", "Год назад я боялся *слова* attention"));

        given().get("/api/tutor").then().statusCode(200)
                .body("onThisDay.ago", contains("1 year"))
                .body("onThisDay[0].entry.id", equalTo((int) id))
                .body("lettersReady", empty());
        given().get("/?lang=ru").then().statusCode(200)
                .body(containsString("В этот день"))
                .body(containsString("1 год назад"))
                .body(containsString("<a href=\"/journal/" + id + "\">"))
                .body(containsString("Год назад я боялся *слова* attention"));
        given().get("/?lang=en").then().body(containsString("1 year ago"));
    }

    @Test
    void shouldStayQuietWithNothingToBringBack() {
        given().get("/?lang=en").then().statusCode(200).body(not(containsString("On this day")));
    }

    @Test
    void shouldCountWritingAsActivity() {
        create(Map.of("body", "Первая запись"));

        given().get("/api/tutor").then().body("streak.current", equalTo(1))
                .body("activity[364].date", equalTo("2027-02-28")).body("activity[364].count", equalTo(1));
    }
}
