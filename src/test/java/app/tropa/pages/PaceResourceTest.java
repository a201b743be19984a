package app.tropa.pages;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Target dates and the projection from the learner's pace: API, page, dashboard (UTC in tests). */
@QuarkusTest
class PaceResourceTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void noTargetsNoSteps() {
        LearnerData.wipe();
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

    /** Four two-hour steps done from 1 November; on 29 November that is 2 effort hours a week. */
    private void fourWeeksOfTwoHoursAWeek() {
        clock.set(Instant.parse("2026-11-01T10:00:00Z"));
        for (String step : new String[] {"first-conversations", "instructions-as-intent", "why-your-own-ai",
            "what-tuning-changes"}) {
            given().contentType(ContentType.JSON).body(Map.of("status", "done")).put("/api/progress/" + step)
                    .then().statusCode(200);
        }
        clock.set(Instant.parse("2026-11-29T10:00:00Z"));
    }

    @Test
    void thePaceOfTheLastWeeksProjectsWhenEachPhaseIsReached() {
        fourWeeksOfTwoHoursAWeek();

        given().get("/api/pace").then().statusCode(200)
                .body("enoughHistory", equalTo(true))
                .body("pace.days", equalTo(28)).body("pace.stepsDone", equalTo(4))
                .body("pace.hoursPerWeek", equalTo(2.0f))
                .body("phases[0].reached", equalTo(true))
                .body("phases[1].key", equalTo("technical-immersion"))
                .body("phases[1].projected", equalTo("2027-02-25"))
                .body("phases[1].projectedMonth", equalTo("2027-02"))
                .body("path.projected", equalTo("2029-05-03"));
    }

    @Test
    void theDashboardSaysPlainlyWhetherTheTargetHoldsInBothLanguages() {
        fourWeeksOfTwoHoursAWeek();
        given().contentType(ContentType.JSON)
                .body(Map.of("targets", Map.of("technical-immersion", "2027-01-15", "path", "2030-01-01")))
                .put("/api/pace").then().statusCode(200)
                .body("targets.technical-immersion", equalTo("2027-01-15"))
                .body("phases[1].holds", equalTo(false)).body("path.holds", equalTo(true));

        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("At your pace of the last 4 weeks you reach Technical immersion around "
                        + "February 2027; your target is January 15, 2027."))
                .body(containsString("At that pace the whole path is done around May 2029, in time for your "
                        + "target of January 1, 2030."));
        given().get("/?lang=ru").then().statusCode(200)
                .body(containsString("В том же темпе, что за последние 4 недели, вы дойдёте до фазы "
                        + "«Переход в технику» примерно в феврале 2027 года; ваша цель — 15 января 2027."));
    }

    @Test
    void withLessThanTwoWeeksOfStepsThereIsNoProjection() {
        fourWeeksOfTwoHoursAWeek();
        clock.set(Instant.parse("2026-11-10T10:00:00Z"));

        given().get("/api/pace").then().body("enoughHistory", equalTo(false)).body("pace", nullValue())
                .body("phases[1].projected", nullValue());
        given().get("/?lang=en").then().body(containsString("Your pace shows here once you have two weeks of steps"))
                .body(not(containsString("you reach")));
    }

    @Test
    void targetsForUnknownGoalsOrThatAreNotDatesAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("targets", Map.of("nowhere", "2027-01-01")))
                .put("/api/pace").then().statusCode(400).body("error", equalTo("unknown-phase"))
                .body("details.field", equalTo("targets.nowhere"));
        given().contentType(ContentType.JSON).body(Map.of("targets", Map.of("ideal-thinking", "2027-01-01")))
                .put("/api/pace").then().statusCode(400).body("error", equalTo("unknown-phase"))
                .body("message", containsString("technical-immersion"));
        given().contentType(ContentType.JSON).body(Map.of("targets", Map.of("integration", "March")))
                .put("/api/pace").then().statusCode(400).body("error", equalTo("invalid-date"))
                .body("details.field", equalTo("targets.integration"));
        given().contentType(ContentType.JSON).body(Map.of("targets", Map.of("path", "2027-02-30")))
                .put("/api/pace").then().statusCode(400).body("error", equalTo("invalid-date"));
        given().contentType(ContentType.JSON).body("{}").put("/api/pace").then().statusCode(400)
                .body("error", equalTo("missing-targets")).body("details.field", equalTo("targets"));
        given().contentType(ContentType.JSON).body("{\"targets\":[1]}").put("/api/pace").then().statusCode(400);
        given().get("/api/pace").then().body("targets.size()", equalTo(0));
    }

    @Test
    void theFormSetsAndClearsTargetsAndShowsABadDateAgainWithWhatWasTyped() {
        FormSession form = FormSession.open("/pace");
        given().redirects().follow(false).cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token())
                .formParam("target.integration", "2027-06-01").formParam("target.path", "")
                .post("/pace").then().statusCode(303).header("Location", containsString("/pace?saved=1"));
        given().get("/api/pace").then().body("targets.integration", equalTo("2027-06-01"))
                .body("targets.path", nullValue());
        given().get("/pace?lang=en").then().body(containsString("value=\"2027-06-01\""));

        given().cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token())
                .formParam("target.integration", "next spring").formParam("target.path", "2030-01-01")
                .post("/pace?lang=ru").then().statusCode(400)
                .body(containsString("role=\"alert\">Дойти до фазы «Интеграция»: укажите дату"))
                .body(containsString("value=\"next spring\"")).body(containsString("value=\"2030-01-01\""))
                .body(containsString("aria-invalid=\"true\""));
        given().get("/api/pace").then().body("targets.integration", equalTo("2027-06-01"));

        given().redirects().follow(false).cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token())
                .formParam("target.integration", "").post("/pace").then().statusCode(303);
        given().get("/api/pace").then().body("targets.size()", equalTo(0));
    }
}
