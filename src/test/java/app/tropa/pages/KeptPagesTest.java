package app.tropa.pages;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import app.tropa.exchange.BackupFailure;
import app.tropa.exchange.BackupFile;
import app.tropa.exchange.Backups;
import app.tropa.review.ReviewState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journal, step and dashboard pages and the tutor's JSON are kept once rendered and served
 * again while nothing they show changed: never stale after a write of any kind, at midnight, when
 * a card falls due, when a backup fails, across languages, and never with another browser's form token.
 */
@QuarkusTest
class KeptPagesTest {

    private static final String STEP = "/path/why-your-own-ai";
    private static final String BROWSER_A = "a".repeat(43);
    private static final String BROWSER_B = "b".repeat(43);

    @Inject
    TestClock clock;

    @Inject
    Backups backups;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-22T12:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    private static Response page(String path) {
        return given().urlEncodingEnabled(false).cookie("tropa-csrf", BROWSER_A).header("Accept-Language", "en").get(path);
    }

    /** The page as served twice: the second time from what was kept, the same bytes and tag. */
    private static Response kept(String path) {
        Response first = page(path);
        Response second = page(path);
        assertEquals(200, second.statusCode());
        assertEquals(first.header("ETag"), second.header("ETag"), "served again unchanged");
        assertEquals(first.asString(), second.asString());
        return second;
    }

    private static long entry(String body) {
        return given().contentType(ContentType.JSON).body(Map.of("body", body)).post("/api/reflections").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aNewEntryAnEditAndTheTrashShowOnTheJournalAtOnce() {
        kept("/journal");
        long id = entry("Kept pages first line");
        page("/journal").then().body(containsString("Kept pages first line"));

        kept("/journal");
        given().contentType(ContentType.JSON).body(Map.of("body", "Kept pages second version")).put("/api/reflections/" + id)
                .then().statusCode(200);
        page("/journal").then().body(containsString("Kept pages second version"))
                .body(not(containsString("Kept pages first line")));

        kept("/journal");
        given().delete("/api/reflections/" + id).then().statusCode(204);
        page("/journal").then().body(not(containsString("Kept pages second version")));
    }

    @Test
    void aSearchIsKeptByItsQueryAndFindsWhatWasWrittenSince() {
        entry("Квантование весов");
        kept("/journal?q=%D0%B2%D0%B5%D1%81%D0%BE%D0%B2").then().body(containsString("Квантование <mark>весов"));
        kept("/journal?q=lora").then().body(not(containsString("Квантование")));
        entry("LoRA adapters on my own words");
        page("/journal?q=lora").then().body(containsString("adapters on my own words"));
    }

    @Test
    void aStepShowsItsNewNoteAndStatusAtOnce() {
        kept(STEP).then().body(not(containsString("My own note on why")));
        given().contentType(ContentType.JSON).body(Map.of("note", "My own note on why", "status", "done"))
                .put("/api/progress/why-your-own-ai").then().statusCode(200);
        Response after = page(STEP);
        after.then().body(containsString("My own note on why"));
        assertNotEquals(kept(STEP).header("ETag"), page("/path/what-tuning-changes").header("ETag"));
    }

    @Test
    void anImportThatReplacesEverythingShowsAtOnce() {
        entry("Written before the backup");
        String backup = given().get("/api/export/json").then().statusCode(200).extract().asString();
        LearnerData.wipe();
        kept("/journal").then().body(not(containsString("Written before the backup")));
        given().contentType(ContentType.JSON).body(backup).post("/api/import?mode=replace").then().statusCode(200);
        page("/journal").then().body(containsString("Written before the backup"));
    }

    @Test
    void theJournalTurnsOverAtMidnightInTheLearnersZone() {
        clock.set(Instant.parse("2026-11-22T23:59:30Z"));
        kept("/journal").then().body(containsString("value=\"2026-11-22\""));
        clock.advance(Duration.ofMinutes(1));
        page("/journal").then().body(containsString("value=\"2026-11-23\""))
                .body(not(containsString("value=\"2026-11-22\"")));
    }

    @Test
    void eachLanguageIsKeptApart() {
        kept("/journal").then().body(containsString("<h1>Journal</h1>"));
        given().cookie("tropa-csrf", BROWSER_A).header("Accept-Language", "ru").get("/journal").then()
                .body(containsString("<h1>Дневник</h1>"));
        page("/journal").then().body(containsString("<h1>Journal</h1>"));
    }

    @Test
    void twoBrowsersNeverSeeEachOthersFormToken() {
        String a = kept("/journal").asString();
        Response b = given().cookie("tropa-csrf", BROWSER_B).header("Accept-Language", "en").get("/journal");
        assertTrue(a.contains("value=\"" + BROWSER_A + "\""), "browser A's page holds A's token");
        assertTrue(b.asString().contains("value=\"" + BROWSER_B + "\""), "browser B's page holds B's token");
        assertFalse(b.asString().contains(BROWSER_A), "and never A's");
        assertNotEquals(page("/journal").header("ETag"), b.header("ETag"));

        Response fresh = given().header("Accept-Language", "en").get("/journal");
        String cookie = fresh.getCookie("tropa-csrf");
        assertTrue(cookie != null && fresh.asString().contains("value=\"" + cookie + "\""),
                "a browser without a token gets a new one, in its cookie and in the kept page's forms");
        assertFalse(fresh.asString().contains(BROWSER_A));
    }

    @Test
    void aBrowserThatHasThePageIsAnswered304UntilItChanges() {
        String tag = kept("/journal").header("ETag");
        assertEquals("no-cache", page("/journal").header("Cache-Control"));
        given().cookie("tropa-csrf", BROWSER_A).header("Accept-Language", "en").header("If-None-Match", tag)
                .get("/journal").then().statusCode(304);
        entry("Something new");
        given().cookie("tropa-csrf", BROWSER_A).header("Accept-Language", "en").header("If-None-Match", tag)
                .get("/journal").then().statusCode(200).body(containsString("Something new"));
    }

    /** One term with a metaphor (so in review), its card falling due {@code in} from now, within today. */
    private void cardDueIn(Duration in) {
        String id = given().contentType(ContentType.JSON).body(Map.of("title", "kept-pages-term", "definition", "A term"))
                .post("/api/terms").then().statusCode(201).extract().jsonPath().getString("id");
        given().contentType(ContentType.JSON).body(Map.of("text", "Like a label on a jar"))
                .post("/api/terms/" + id + "/metaphors").then().statusCode(201);
        Instant at = clock.instant().plus(in);
        QuarkusTransaction.requiringNew().run(() -> ReviewState.update("dueAt = ?1", at));
    }

    @Test
    void theDashboardShowsACardAtTheMomentItFallsDueThoughNothingWasWritten() {
        cardDueIn(Duration.ofSeconds(90));
        kept("/").then().body(containsString("Nothing to review today."));
        clock.advance(Duration.ofSeconds(89));
        kept("/").then().body(containsString("Nothing to review today."));
        clock.advance(Duration.ofSeconds(1));
        page("/").then().body(containsString("Terms due for review: 1"))
                .body(not(containsString("Nothing to review today.")));
    }

    @Test
    void theTutorApiIsKeptWithATagAndCountsACardFallingDue() {
        cardDueIn(Duration.ofMinutes(5));
        Response json = kept("/api/tutor");
        assertEquals(0, json.jsonPath().getInt("dueReviews"));
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        given().cookie("tropa-csrf", BROWSER_A).header("Accept-Language", "en")
                .header("If-None-Match", json.header("ETag")).get("/api/tutor").then().statusCode(304);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, page("/api/tutor").jsonPath().getInt("dueReviews"));
    }

    @Test
    void theDashboardShowsABackupThatFailedAtOnceAndItsEndToo() throws Exception {
        entry("Something to back up");
        Path folder = backups.folder();
        backups.write(BackupFile.Kind.MANUAL);
        kept("/").then().body(not(containsString("Backups are not being written")));
        Path aside = folder.resolveSibling("backups-aside-kept-pages");
        Files.move(folder, aside);
        try {
            Files.writeString(folder, "in the way of the backups folder");
            assertThrows(BackupFailure.class, () -> backups.write(BackupFile.Kind.DAILY));
            page("/").then().body(containsString("Backups are not being written"));
        } finally {
            Files.delete(folder);
            Files.move(aside, folder);
        }
        backups.write(BackupFile.Kind.MANUAL);
        page("/").then().body(not(containsString("Backups are not being written")));
    }

    @Test
    void theDashboardShowsAStepDoneAndAStepResetAtOnce() {
        entry("Something so the dashboard is not the welcome");
        kept("/").then().body(containsString("(0 of "));
        given().contentType(ContentType.JSON).body(Map.of("status", "done")).put("/api/progress/why-your-own-ai")
                .then().statusCode(200);
        kept("/").then().body(containsString("(1 of "));
        given().contentType(ContentType.JSON).body(Map.of("status", "not_started"))
                .put("/api/progress/why-your-own-ai").then().statusCode(200);
        page("/").then().body(containsString("(0 of "));
    }
}
