package app.tropa.report;

import app.tropa.demo.DemoDataProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's structure on a year of demo history: landmarks, section order and the 4 × 4 map,
 * never the numbers (they move with the demo's seed and today's date).
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class ReportDemoTest {

    static final List<String> PROGRESS = List.of("summary-heading", "map-heading", "phases-heading",
            "recent-heading", "review-heading", "rhythm-heading");

    @Test
    void shouldHaveTheProgressReportsStructure() {
        String html = given().get("/report.html?reportLang=en").then().statusCode(200).extract().asString();

        assertEquals(List.of("<header", "<main", "</main>", "<footer"), landmarks(html));
        assertEquals(1, count(html, "<h1>"));
        assertEquals(PROGRESS, headings(html));
        assertEquals(16, count(html, "<td class=\"cell\">"), "a 4 × 4 map");
        assertEquals(4, count(html, "<th scope=\"col\">", between(html, "class=\"map\"", "</thead>")),
                "four rungs");
        assertTrue(html.contains("role=\"img\" aria-labelledby=\"heatmap-title heatmap-desc\""));
        assertEquals(365, html.split("<rect [^>]*class=\"l[0-4]\"", -1).length - 1, "a square a day for the heatmap");
        assertEquals(5, count(html, "<caption"),
                "tables with captions: the map, phases, recent steps, review, the heatmap's months");
    }

    @Test
    void shouldAddTheChosenSectionsAfterTheFactsAndThePortfolioInsteadOfTheMap() {
        long id = given().get("/api/reflections?size=1").then().extract().jsonPath().getLong("items[0].id");
        String all = given().get("/report.html?reportLang=ru&include=metaphors&include=notes&reflection=" + id)
                .then().statusCode(200).extract().asString();
        List<String> expected = new ArrayList<>(PROGRESS);
        expected.addAll(List.of("metaphors-heading", "notes-heading", "reflections-heading"));
        assertEquals(expected, headings(all));
        assertTrue(all.startsWith("<!DOCTYPE html>\n<html lang=\"ru\">"));

        String portfolio = given().get("/report.html?variant=portfolio&reportLang=en").then().statusCode(200)
                .extract().asString();
        assertEquals(List.of("summary-heading", "portfolio-heading", "phases-heading"), headings(portfolio));
        assertTrue(count(portfolio, "class=\"entry build-step\"") > 0, "the demo learner has built something");
    }

    @Test
    void shouldHoldNoneOfTheDemoLearnersWritingByDefault() {
        String html = given().get("/report.html").then().statusCode(200).extract().asString();
        String json = given().get("/api/report").then().statusCode(200).extract().asString();
        List<String> bodies = given().get("/api/reflections?size=50").then().extract().jsonPath()
                .getList("items.body", String.class);
        List<String> metaphors = given().get("/api/terms?hasMetaphor=true").then().extract().jsonPath()
                .getList("metaphor.text", String.class);
        assertFalse(bodies.isEmpty() || metaphors.isEmpty(), "the demo has reflections and metaphors");
        for (String text : concat(bodies, metaphors)) {
            String probe = text.strip().lines().findFirst().orElse("");
            if (probe.length() >= 12) {
                assertFalse(html.contains(probe) || json.contains(probe), "private text in the report: " + probe);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static List<String> landmarks(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<header|<main|</main>|<footer").matcher(html);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static List<String> headings(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<h2 id=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static int count(String html, String what) {
        int n = 0;
        for (int i = html.indexOf(what); i >= 0; i = html.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static int count(String html, String what, String within) {
        return count(within, what);
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        return html.substring(start, html.indexOf(to, start));
    }
}
