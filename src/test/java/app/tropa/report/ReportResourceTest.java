package app.tropa.report;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The progress report holds only what the learner chose: nothing they wrote by default, each
 * choice adding exactly its own text, sealed letters and the trash never. The file loads nothing.
 */
@QuarkusTest
class ReportResourceTest {

    static final String NOTE_ON_BUILD = "my tokenizer compresses Russian 3.1 chars per token";
    static final String NOTE_ON_USE = "first note, on why my own AI";
    static final String METAPHOR = "a window the size of my breath";
    static final String LINKED = "Tokenizer diary: merges looked like syllables";
    static final String UNLINKED = "A quiet reflection about nothing in particular";
    static final String TRASHED = "Something I threw away";
    static final String SEALED = "Dear future me, sealed words";

    @Inject
    TestClock clock;

    long linked;
    long unlinked;
    long trashed;

    @BeforeEach
    void seed() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        progress("why-your-own-ai", "done", NOTE_ON_USE);
        progress("train-a-tokenizer", "done", NOTE_ON_BUILD);
        given().contentType(ContentType.JSON).body("{\"text\":\"" + METAPHOR + "\"}")
                .post("/api/terms/context-window/metaphors").then().statusCode(201);
        linked = reflection(LINKED, "[\"train-a-tokenizer\"]");
        unlinked = reflection(UNLINKED, "[]");
        trashed = reflection(TRASHED, "[\"train-a-tokenizer\"]");
        given().delete("/api/reflections/" + trashed).then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"body\":\"" + SEALED + "\",\"openOn\":\"2030-01-01\"}")
                .post("/api/letters").then().statusCode(201);
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    static void progress(String node, String status, String note) {
        given().contentType(ContentType.JSON).body("{\"status\":\"" + status + "\",\"note\":\"" + note + "\"}")
                .put("/api/progress/" + node).then().statusCode(200);
    }

    static long reflection(String body, String nodeIds) {
        return given().contentType(ContentType.JSON).body("{\"body\":\"" + body + "\",\"nodeIds\":" + nodeIds + "}")
                .post("/api/reflections").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String file(String query) {
        return given().get("/report.html?" + query).then().statusCode(200).extract().asString();
    }

    private static void absent(String html, String... texts) {
        for (String text : texts) {
            assertFalse(html.contains(text), "the report must not hold: " + text);
        }
    }

    private static void present(String html, String... texts) {
        for (String text : texts) {
            assertTrue(html.contains(text), "the report should hold: " + text);
        }
    }

    @Test
    void shouldHoldNoPrivateWritingByDefault() {
        String html = file("reportLang=en");
        absent(html, NOTE_ON_BUILD, NOTE_ON_USE, METAPHOR, LINKED, UNLINKED, TRASHED, SEALED);
        present(html, "No private writing is included.", "Train a BPE tokenizer on your corpus", "done 2026-11-20");

        String json = given().get("/api/report?reportLang=en").then().statusCode(200)
                .body("$", not(hasKey("metaphors"))).body("$", not(hasKey("notes")))
                .body("$", not(hasKey("reflections"))).body("$", not(hasKey("portfolio")))
                .body("$", not(hasKey("heatmap"))).body("rhythm.months.size()", equalTo(13))
                .extract().asString();
        absent(json, NOTE_ON_BUILD, NOTE_ON_USE, METAPHOR, LINKED, UNLINKED, TRASHED, SEALED);
    }

    @Test
    void shouldAddTheCurrentMetaphorsAndNothingElseWhenAsked() {
        String html = file("reportLang=en&include=metaphors");
        present(html, METAPHOR, "Context window", "Private writing included by the learner: metaphors.");
        absent(html, NOTE_ON_BUILD, NOTE_ON_USE, LINKED, UNLINKED, TRASHED, SEALED);
    }

    @Test
    void shouldAddTheNotesOnDoneStepsAndNothingElseWhenAsked() {
        progress("first-conversations", "in_progress", "a note on a step not done yet");
        String html = file("reportLang=en&include=notes");
        present(html, NOTE_ON_BUILD, NOTE_ON_USE);
        absent(html, "a note on a step not done yet", METAPHOR, LINKED, UNLINKED, TRASHED, SEALED);
    }

    @Test
    void shouldAddOnlyTheChosenReflections() {
        String html = file("reportLang=en&reflection=" + unlinked);
        present(html, UNLINKED, "reflections (1)");
        absent(html, LINKED, NOTE_ON_BUILD, NOTE_ON_USE, METAPHOR, TRASHED, SEALED);

        given().get("/api/report?reportLang=en&reflection=" + unlinked).then().statusCode(200)
                .body("reflections.size()", equalTo(1)).body("reflections[0].body", equalTo(UNLINKED));
    }

    @Test
    void shouldShowTheBuildStepsWithTheirNotesAndLinkedReflectionsInThePortfolio() {
        String html = file("reportLang=en&variant=portfolio");
        present(html, "What I built", "Train a BPE tokenizer on your corpus", NOTE_ON_BUILD, LINKED);
        absent(html, NOTE_ON_USE, UNLINKED, METAPHOR, TRASHED, SEALED);
        assertFalse(html.contains("id=\"map-heading\""), "the portfolio is not the map");
    }

    @Test
    void shouldNeverHoldSealedLettersOrTheTrashWhateverIsChosen() {
        String html = file("reportLang=en&variant=portfolio&include=metaphors&include=notes&reflection=" + linked
                + "&reflection=" + unlinked);
        present(html, METAPHOR, NOTE_ON_BUILD, NOTE_ON_USE, LINKED, UNLINKED);
        absent(html, SEALED, TRASHED);
    }

    @Test
    void shouldRefuseAReflectionInTheTrashOrUnknown() {
        given().get("/api/report?reflection=" + trashed).then().statusCode(400)
                .body("error", equalTo("reflection-in-trash")).body("details.field", equalTo("reflection"));
        given().get("/api/report?reflection=999999").then().statusCode(400)
                .body("error", equalTo("unknown-reflection"));
        given().get("/report.html?reflection=" + trashed).then().statusCode(400)
                .body(not(containsString(TRASHED)));
    }

    @Test
    void shouldRefuseUnknownChoicesNamingThem() {
        given().get("/api/report?include=letters").then().statusCode(400)
                .body("error", equalTo("invalid-include")).body("details.field", equalTo("include"));
        given().get("/api/report?variant=cv").then().statusCode(400).body("error", equalTo("invalid-variant"));
        given().get("/api/report?reportLang=de").then().statusCode(400)
                .body("error", equalTo("invalid-report-lang"));
        given().get("/api/report?reflection=abc").then().statusCode(400)
                .body("error", equalTo("invalid-reflection"));
    }

    @Test
    void shouldLoadNothingFromAnywhere() {
        String html = file("reportLang=en&variant=portfolio&include=metaphors&include=notes&reflection=" + linked);
        String progress = file("reportLang=ru&include=metaphors&include=notes&reflection=" + linked);
        for (String page : List.of(html, progress)) {
            assertFalse(page.toLowerCase().contains("<script"), "no script");
            assertFalse(page.toLowerCase().contains("<link"), "no linked resource");
            assertFalse(page.contains("url("), "no url() in the style");
            assertFalse(page.contains("@import"), "no imported style");
            Matcher ref = Pattern.compile("\\b(src|href|xlink:href|action)\\s*=\\s*\"([^\"]*)\"").matcher(page);
            while (ref.find()) {
                assertTrue(ref.group(2).startsWith("#"), "a reference out of the file: " + ref.group());
            }
            assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    + "style-src 'sha256-"), "the file forbids loading anything itself");
        }
    }

    @Test
    void shouldKeepTheFileToItsOwnStyleWhenOpenedFromTheApp() {
        given().get("/report.html?open=true").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Disposition", equalTo("inline; filename=\"tropa-report-2026-11-20.html\""));
        String policy = given().get("/report.html").then().extract().header("Content-Security-Policy");
        String style = file("reportLang=en").replaceAll("(?s).*<style>(.*)</style>.*", "$1");
        assertTrue(policy.contains("'" + ReportStyle.sha256(style) + "'"), "the policy names the inline style");
    }

    @Test
    void shouldDownloadAsAFileNamedWithTheDay() {
        given().get("/report.html").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Disposition", equalTo("attachment; filename=\"tropa-report-2026-11-20.html\""));
    }

    @Test
    void shouldWriteTheReportInTheChosenLanguageWhateverTheInterfaceSpeaks() {
        String ru = given().cookie("tropa-lang", "en").get("/report.html?reportLang=ru").asString();
        present(ru, "<html lang=\"ru\">", "<h1>Как идёт путь</h1>", "Обучить BPE-токенизатор на своём корпусе",
                "пройден 2026-11-20", "Личных записей в отчёте нет.");
        absent(ru, "Progress on the path");
        String en = given().cookie("tropa-lang", "ru").get("/report.html?reportLang=en").asString();
        present(en, "<html lang=\"en\">", "<h1>Progress on the path</h1>", "Train a BPE tokenizer on your corpus");
        absent(en, "Как идёт путь");
        given().get("/api/report?lang=ru").then().body("lang", equalTo("ru"))
                .body("phases[0].title", equalTo("Идеальное мышление"));
    }

    @Test
    void shouldCountReviewsAndRevisitsEachWithItsRetention() {
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        given().contentType(ContentType.JSON).body("{\"termId\":\"context-window\",\"grade\":\"again\"}")
                .post("/api/reviews").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"termId\":\"context-window\",\"grade\":\"good\"}")
                .post("/api/reviews").then().statusCode(200);
        given().get("/api/report").then().statusCode(200)
                .body("reviews.reviews", equalTo(2)).body("reviews.again", equalTo(1))
                .body("reviews.retention", equalTo(50)).body("reviews.inReview", equalTo(1))
                .body("reviews.revisits.revisits", equalTo(0)).body("reviews.revisits.retention", nullValue());

        given().contentType(ContentType.JSON).body("{\"status\":\"done\"}").put("/api/progress/why-your-own-ai")
                .then().statusCode(200);
        for (String grade : new String[] {"good", "hard", "easy", "again"}) {
            given().contentType(ContentType.JSON).body("{\"grade\":\"" + grade + "\",\"answer\":\"Still here.\"}")
                    .post("/api/revisits/why-your-own-ai").then().statusCode(200);
        }

        given().get("/api/report").then().statusCode(200)
                .body("reviews.revisits.revisits", equalTo(4)).body("reviews.revisits.held", equalTo(3))
                .body("reviews.revisits.retention", equalTo(75));
        String html = file("reportLang=en");
        present(html, "Retention (reviews not graded “again”)</th><td class=\"num\">50%");
        present(html, "Revisits of done steps");
    }

    @Test
    void shouldShowTheMapPhasesAndRecentSteps() {
        given().get("/api/report").then().statusCode(200)
                .body("map.size()", equalTo(4)).body("map[0].cells.size()", equalTo(4))
                .body("done", equalTo(2)).body("onPathSince", equalTo("2026-11-20"))
                .body("daysOnPath", equalTo(1))
                .body("phases[0].reached", equalTo("2026-11-20")).body("phases[0].firstDone", equalTo("2026-11-20"))
                .body("phases[2].reached", nullValue())
                .body("recent[0].days", equalTo(30)).body("recent[0].done", equalTo(2));
        clock.set(Instant.parse("2027-01-10T10:00:00Z"));
        given().get("/api/report").then().body("recent[0].done", equalTo(0)).body("recent[1].done", equalTo(2))
                .body("daysOnPath", equalTo(52));
    }

    @Test
    void shouldPutTheSavedNameOnTheReportAndInTheBackup() {
        FormSession form = FormSession.open("/report?lang=en");
        given().redirects().follow(false).cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token())
                .formParam("name", "  Ada L.  ").post("/report/name").then().statusCode(303);
        present(file("reportLang=en"), "Learner: Ada L.", "<title>Progress report: Ada L. · Tropa</title>");
        given().get("/api/export/json").then().statusCode(200).body("settings.'report.name'", equalTo("Ada L."));

        given().redirects().follow(false).cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token())
                .formParam("name", "").post("/report/name").then().statusCode(303);
        absent(file("reportLang=en"), "Learner:");
    }

    @Test
    void shouldRefuseATooLongNameKeepingWhatWasTyped() {
        FormSession form = FormSession.open("/report?lang=en");
        String typed = "N".repeat(81);
        given().cookie("tropa-csrf", form.cookie()).cookie("tropa-lang", "en").formParam("_csrf", form.token())
                .formParam("name", typed).post("/report/name").then().statusCode(400)
                .body(containsString("value=\"" + typed + "\""))
                .body(containsString("The name has 81 characters; at most 80 fit."))
                .body(containsString("aria-invalid=\"true\""));
        given().cookie("tropa-csrf", form.cookie()).formParam("name", "Ada").post("/report/name").then()
                .statusCode(403);
    }

    @Test
    void shouldOfferTheReflectionsUntickedAndNeverTheTrashOrLetters() {
        String page = given().get("/report?lang=en").then().statusCode(200).extract().asString();
        present(page, "value=\"" + linked + "\"> 2026-11-20 — " + LINKED, "value=\"" + unlinked + "\">");
        absent(page, TRASHED, SEALED, "checked> 2026");
        assertTrue(page.contains("name=\"include\" value=\"metaphors\">"), "metaphors unticked");
        assertTrue(page.contains("name=\"include\" value=\"notes\">"), "notes unticked");

        String chosen = given().get("/report?lang=en&find=quiet&reflection=" + linked).asString();
        present(given().get("/report?lang=en&find=nowhere-to-be-found").asString(), "No reflections match.");
        present(chosen, "value=\"" + linked + "\" checked>", "value=\"" + unlinked + "\">");
        assertEquals(-1, chosen.indexOf("value=\"" + unlinked + "\" checked"));
    }

    @Test
    void shouldLinkTheReportFromTheExportPage() {
        given().get("/export?lang=en").then().statusCode(200).body(containsString("<a href=\"/report\">"));
    }
}
