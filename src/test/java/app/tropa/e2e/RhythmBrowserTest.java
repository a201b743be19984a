package app.tropa.e2e;

import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The memory stats and pace pages with a learner's data in them, in both languages at desktop and
 * phone width: no serious or critical axe violation at either width, one h1, no sideways scrolling.
 */
@QuarkusTest
class RhythmBrowserTest extends BrowserTest {

    static final String[][] PAGES = {
            {"stats", "/review/stats"},
            {"pace", "/pace"},
            {"review-feed", "/review"},
            {"dashboard-pace", "/"},
    };

    @Inject
    TestClock clock;

    @AfterEach
    void release() {
        clock.reset();
        given().contentType(ContentType.JSON).body(Map.of("targets", Map.of())).put("/api/pace").then()
                .statusCode(200);
    }

    /** Steps done over four weeks, two terms reviewed when due, a target that holds and one that does not. */
    private void aLearnerWithAMonthBehindThem() {
        clock.set(Instant.parse("2026-11-01T10:00:00Z"));
        for (String step : new String[] {"first-conversations", "instructions-as-intent", "why-your-own-ai"}) {
            given().contentType(ContentType.JSON).body(Map.of("status", "done")).put("/api/progress/" + step)
                    .then().statusCode(200);
        }
        for (String term : new String[] {"token", "context-window"}) {
            given().contentType(ContentType.JSON).body(Map.of("text", "a picture of " + term))
                    .post("/api/terms/" + term + "/metaphors").then().statusCode(201);
        }
        clock.set(Instant.parse("2026-11-02T09:00:00Z"));
        String due = review("token", "good");
        review("context-window", "hard");
        clock.set(Instant.parse(due).plus(Duration.ofHours(9)));
        review("token", "again");
        review("context-window", "good");
        clock.set(Instant.parse("2026-11-29T10:00:00Z"));
        given().contentType(ContentType.JSON)
                .body(Map.of("targets", Map.of("technical-immersion", "2027-01-15", "path", "2030-01-01")))
                .put("/api/pace").then().statusCode(200);
    }

    private static String review(String term, String grade) {
        return given().contentType(ContentType.JSON).body(Map.of("termId", term, "grade", grade))
                .post("/api/reviews").then().statusCode(200).extract().path("dueAt");
    }

    @Test
    void theStatsAndPacePagesWithDataAreAccessibleInBothLanguagesAtBothWidths() {
        aLearnerWithAMonthBehindThem();
        List<String> problems = sweep(List.of(PAGES), "", true, true);
        assertEquals(List.of(), problems);
        open("/review/stats?lang=en");
        assertTrue(all("svg.stats-chart").size() >= 3, "the charts are drawn, not the empty state");
    }
}
