package app.tropa.pages;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar feed a calendar app subscribes to. */
@QuarkusTest
class CalendarResourceTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void aLearnerWithReviewsAndLetters() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("text", "a brick of text"))
                .post("/api/terms/token/metaphors").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "Why stream an answer?", "answer", "To read it while it is written."))
                .post("/api/nodes/chat-api-basics/questions/kept").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("body", "Secret words for later", "openOn", "2027-06-01"))
                .post("/api/letters").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("targets", Map.of())).put("/api/pace").then()
                .statusCode(200);
    }

    /** Targets live among the data folder's facts, which a wipe keeps: leave none for other tests. */
    @AfterEach
    void release() {
        clock.reset();
        given().contentType(ContentType.JSON).body(Map.of("targets", Map.of())).put("/api/pace").then()
                .statusCode(200);
    }

    private ICalendar feed(String query) {
        String ics = given().get("/calendar.ics" + query).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        assertFalse(ics.contains("Secret words"), "a sealed letter's text never leaves it");
        return Biweekly.parse(ics).first();
    }

    @Test
    void dueReviewsAndTheDaysLettersOpenAreAllDayEvents() {
        Map<String, VEvent> byUid = feed("?lang=en").getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
        VEvent reviews = byUid.values().stream().filter(e -> e.getUid().getValue().startsWith("reviews-"))
                .findFirst().orElseThrow();
        assertEquals("Tropa: reviews due: 2", reviews.getSummary().getValue());
        assertTrue(reviews.getDescription().getValue().contains("Why stream an answer?"));
        VEvent letter = byUid.values().stream().filter(e -> e.getUid().getValue().startsWith("letter-"))
                .findFirst().orElseThrow();
        assertEquals("Tropa: a letter from your past self opens", letter.getSummary().getValue());
        assertEquals("20270601", new java.text.SimpleDateFormat("yyyyMMdd").format(letter.getDateStart().getValue()));
    }

    @Test
    void theSameThingKeepsItsUidFromOneFetchToTheNext() {
        String first = feed("?lang=en").getEvents().stream().map(e -> e.getUid().getValue()).sorted()
                .collect(Collectors.joining(","));
        clock.advance(Duration.ofMinutes(5));
        String second = feed("?lang=en").getEvents().stream().map(e -> e.getUid().getValue()).sorted()
                .collect(Collectors.joining(","));
        assertEquals(first, second);
    }

    @Test
    void theFeedSpeaksTheLearnersLanguage() {
        ICalendar ru = feed("?lang=ru");
        assertTrue(ru.getEvents().stream().anyMatch(e -> e.getSummary().getValue().equals("Тропа: к повторению: 2")));
    }

    @Test
    void eachTargetDateIsAnAllDayEventOfItsOwn() {
        given().contentType(ContentType.JSON)
                .body(Map.of("targets", Map.of("integration", "2027-03-01", "path", "2028-09-30")))
                .put("/api/pace").then().statusCode(200);

        Map<String, VEvent> byUid = feed("?lang=en").getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
        VEvent integration = byUid.get("target-integration@tropa.local");
        assertEquals("Tropa: target — reach Integration", integration.getSummary().getValue());
        assertEquals("20270301", new java.text.SimpleDateFormat("yyyyMMdd").format(integration.getDateStart().getValue()));
        assertEquals("Tropa: target — finish the whole path",
                byUid.get("target-path@tropa.local").getSummary().getValue());
        assertTrue(feed("?lang=ru").getEvents().stream()
                .anyMatch(e -> e.getSummary().getValue().equals("Тропа: цель — дойти до фазы «Интеграция»")));
    }

    @Test
    void aDaysRevisitsJoinItsReviewsInOneEventAndADayOfRevisitsAloneHasItsOwn() {
        clock.set(Instant.parse("2026-11-26T09:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("status", "done")).put("/api/progress/why-your-own-ai")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("status", "done")).put("/api/progress/first-conversations")
                .then().statusCode(200);
        clock.set(Instant.parse("2026-11-27T09:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("status", "done")).put("/api/progress/chat-api-basics")
                .then().statusCode(200);
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));

        Map<String, VEvent> byUid = feed("?lang=en").getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
        VEvent both = byUid.get("reviews-2026-12-03@tropa.local");
        assertEquals("Tropa: reviews due: 2, steps to revisit: 2", both.getSummary().getValue());
        assertTrue(both.getDescription().getValue().contains("Revisit: Why walk from using AI to building your own"),
                both.getDescription().getValue());
        VEvent alone = byUid.get("reviews-2026-12-04@tropa.local");
        assertEquals("Tropa: steps to revisit: 1", alone.getSummary().getValue());
        assertTrue(feed("?lang=ru").getEvents().stream().anyMatch(e -> e.getSummary().getValue()
                .equals("Тропа: к повторению: 2, шагов для возврата: 2")));
    }
}
