package app.tropa.journal;

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
import java.util.List;
import java.util.Map;

import static app.tropa.journal.JournalResourceTest.refused;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Letters to a future self. The secret word of a sealed letter must appear in no API answer, no
 * page and no search result until the letter opens; then it is there.
 */
@QuarkusTest
class LetterResourceTest {

    static final String SECRET = "Сокровенноеслово";
    static final String SECRET_EN = "Hiddenword";

    /** Every address that shows letters, entries, search results or the tutor. */
    static final List<String> EVERYWHERE = List.of(
            "/api/letters", "/api/letters?q=" + SECRET, "/api/letters?q=" + SECRET_EN,
            "/api/reflections", "/api/reflections?q=" + SECRET, "/api/reflections?q=" + SECRET_EN,
            "/api/reflections/trash", "/api/on-this-day", "/api/tutor",
            "/", "/?lang=ru", "/letters", "/letters?lang=ru", "/journal", "/journal?q=" + SECRET,
            "/journal?q=" + SECRET_EN, "/journal/trash", "/path", "/glossary", "/review", "/api/terms");

    @Inject
    TestClock clock;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-22T09:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    static ValidatableResponse write(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/letters").then();
    }

    private static String letterBody() {
        return "Дорогой я из будущего, помнишь " + SECRET + "? And the " + SECRET_EN + " 🌱";
    }

    private static void assertSealedEverywhere() {
        for (String address : EVERYWHERE) {
            String answer = given().get(address).then().statusCode(200).extract().asString()
                    // The search box repeats what was searched for; that is the query, not the letter.
                    .replace("value=\"" + SECRET + "\"", "").replace("value=\"" + SECRET_EN + "\"", "");
            assertThat(address, answer, not(containsString(SECRET)));
            assertThat(address, answer, not(containsString(SECRET_EN)));
            assertThat(address, answer, not(containsString("помнишь")));
            assertThat(address, answer, not(containsString("/letters#letter-")));
        }
    }

    @Test
    void shouldKeepADayLetterSealedEverywhereUntilItsDay() {
        int id = write(Map.of("body", letterBody(), "openOn", "2027-06-01")).statusCode(201)
                .header("Location", containsString("/api/letters/"))
                .body("$", not(hasKey("body")))
                .body("sealed", equalTo(true))
                .body("writtenOn", equalTo("2026-11-22"))
                .body("openOn", equalTo("2027-06-01"))
                .body("$", not(hasKey("openedAt")))
                .extract().path("id");
        JournalResourceTest.create(Map.of("body", "An ordinary entry"));

        assertSealedEverywhere();
        given().get("/api/letters/" + id).then().statusCode(200).body("$", not(hasKey("body")))
                .body(not(containsString(SECRET)));
        given().get("/api/letters").then().body("items[0].sealed", equalTo(true))
                .body("items[0].openOn", equalTo("2027-06-01")).body("total", equalTo(1));
        given().get("/letters?lang=en").then().body(containsString("opens on June 1, 2027"));

        clock.set(Instant.parse("2027-05-31T23:59:00Z"));
        assertSealedEverywhere();

        clock.set(Instant.parse("2027-06-01T00:01:00Z"));
        given().get("/api/tutor").then().body("lettersReady.id", contains(id))
                .body("lettersReady[0].body", equalTo(letterBody()))
                .body("lettersReady[0].openedAt", equalTo("2027-06-01T00:01:00Z"));
        given().get("/api/letters/" + id).then().body("sealed", equalTo(false)).body("body", equalTo(letterBody()));
        given().get("/api/letters?q=" + SECRET.toUpperCase()).then().body("items.id", contains(id));
        given().get("/?lang=en").then().body(containsString("A letter from your past self has opened"))
                .body(containsString("/letters#letter-" + id));
        given().get("/journal?q=" + SECRET_EN).then().body(containsString("/letters#letter-" + id));
        given().get("/letters?lang=en").then().body(containsString(SECRET)).body(containsString(SECRET_EN))
                .body(containsString("waited until June 1, 2027"))
                .body(containsString("class=\"new\""));

        // Reading it on the letters page ends the announcement; the letter stays open.
        given().get("/api/tutor").then().body("lettersReady", empty());
        given().get("/?lang=en").then().body(not(containsString("A letter from your past self has opened")));
        given().get("/letters?lang=en").then().body(containsString(SECRET)).body(not(containsString("class=\"new\"")));
    }

    @Test
    void shouldOpenANodeLetterWhenTheNodeIsDone() {
        int id = write(Map.of("body", letterBody(), "openWhen", "node:why-your-own-ai")).statusCode(201)
                .body("openWhen", equalTo("node:why-your-own-ai")).body("$", not(hasKey("openOn")))
                .extract().path("id");
        progress("why-your-own-ai", "in_progress");
        assertSealedEverywhere();
        given().get("/letters?lang=en").then().body(containsString("opens when you finish “Why walk from using AI to building your own”"));

        progress("why-your-own-ai", "done");
        given().get("/api/letters").then().body("items[0].id", equalTo(id)).body("items[0].sealed", equalTo(false))
                .body("items[0].body", equalTo(letterBody())).body("items[0].openedAt", notNullValue());

        // Opening is for good: undoing the step does not seal the letter again.
        progress("why-your-own-ai", "not_started");
        given().get("/api/letters/" + id).then().body("body", equalTo(letterBody()));
    }

    @Test
    void shouldOpenAPhaseLetterWhenThePositionEntersThePhase() {
        int id = write(Map.of("body", letterBody(), "openWhen", "phase:technical-immersion")).statusCode(201)
                .extract().path("id");
        given().get("/letters?lang=ru").then().body(containsString("откроется, когда вы дойдёте до фазы «Переход в технику»"));

        List<String> idealThinking = given().get("/api/curriculum").then().extract()
                .path("nodes.findAll { it.phase == 'ideal-thinking' }.id");
        for (String node : idealThinking.subList(0, idealThinking.size() - 1)) {
            progress(node, "done");
        }
        assertSealedEverywhere();

        progress(idealThinking.get(idealThinking.size() - 1), "skipped");
        given().get("/api/tutor").then().body("position.phase", equalTo("technical-immersion"))
                .body("lettersReady.id", contains(id));
        given().get("/letters?lang=ru").then().body(containsString(SECRET))
                .body(containsString("ждало, пока вы дойдёте до фазы «Переход в технику»"));
    }

    private static void progress(String node, String status) {
        given().contentType(ContentType.JSON).body(Map.of("status", status)).put("/api/progress/" + node)
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseLettersThatCannotBeSealedNamingTheField() {
        refused(write(Map.of("openOn", "2027-01-01")), "missing-body", "body");
        refused(write(Map.of("body", " ", "openOn", "2027-01-01")), "missing-body", "body");
        refused(write(Map.of("body", "ж".repeat(200_001), "openOn", "2027-01-01")), "body-too-long", "body");
        refused(write(Map.of("body", "x")), "missing-condition", "openOn");
        refused(write(Map.of("body", "x", "openOn", "2027-01-01", "openWhen", "phase:integration")),
                "two-conditions", "openWhen");
        refused(write(Map.of("body", "x", "openOn", "2026-11-22")), "open-on-not-future", "openOn");
        refused(write(Map.of("body", "x", "openOn", "next year")), "invalid-date", "openOn");
        refused(write(Map.of("body", "x", "openWhen", "someday")), "invalid-milestone", "openWhen");
        refused(write(Map.of("body", "x", "openWhen", "phase:nirvana")), "unknown-milestone", "openWhen");
        refused(write(Map.of("body", "x", "openWhen", "node:nope")), "unknown-milestone", "openWhen");
        refused(write(Map.of("body", "x", "openWhen", "phase:ideal-thinking")), "milestone-reached", "openWhen");
        refused(given().contentType(ContentType.JSON).post("/api/letters").then(), "missing-body", "body");
        given().get("/api/letters").then().body("items", empty());
        given().get("/api/letters/424242").then().statusCode(404).body("error", equalTo("unknown-letter"));
    }
}
