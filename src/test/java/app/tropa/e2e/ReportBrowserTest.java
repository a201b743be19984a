package app.tropa.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The downloaded report opened from disk, as whoever receives it would: it loads nothing, passes
 * axe as the pages do, in both languages and both variants, at desktop and phone width, and
 * prints on A4. (Lighthouse is not installed here; axe-core is the check the pages get too.)
 */
@QuarkusTest
class ReportBrowserTest extends BrowserTest {

    private long seed() {
        given().contentType(ContentType.JSON).body("{\"status\":\"done\",\"note\":\"my first note\"}")
                .put("/api/progress/why-your-own-ai").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"status\":\"in_progress\",\"note\":\"half a tokenizer\"}")
                .put("/api/progress/train-a-tokenizer").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"text\":\"a window the size of my breath\"}")
                .post("/api/terms/context-window/metaphors").then().statusCode(201);
        return given().contentType(ContentType.JSON)
                .body("{\"body\":\"Merges looked like syllables.\\nSecond line.\",\"nodeIds\":[\"train-a-tokenizer\"]}")
                .post("/api/reflections").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void shouldOpenTheDownloadedFileOfflineAccessiblyAndPrintItOnA4() throws IOException {
        long id = seed();
        Path dir = Files.createTempDirectory("tropa-report");
        List<String> problems = new ArrayList<>();
        for (String lang : new String[] {"en", "ru"}) {
            for (String variant : new String[] {"progress", "portfolio"}) {
                String query = "reportLang=" + lang + "&variant=" + variant
                        + "&include=metaphors&include=notes&reflection=" + id;
                Path file = dir.resolve("report-" + lang + "-" + variant + ".html");
                Files.write(file, given().get("/report.html?" + query).then().statusCode(200).extract().asByteArray());
                for (boolean phone : new boolean[] {false, true}) {
                    if (phone) {
                        phone();
                    } else {
                        desktop();
                    }
                    driver.get(file.toUri().toString());
                    String where = file.getFileName() + (phone ? " @375px" : " @1280px");
                    assertEquals(lang, find("html").getAttribute("lang"), where);
                    assertEquals(1, all("h1").size(), where);
                    assertEquals(0L, driver.executeScript(
                            "return performance.getEntriesByType('resource').length;"), where + ": loads nothing");
                    screenshot("report-" + lang + "-" + variant + (phone ? "-375" : "-1280"));
                    assertFalse(scrollsSideways(), where + ": scrolls sideways " + widest());
                    assertTrue(find("main").getText().contains("Merges looked like syllables."), where);
                    seriousAccessibilityProblems().forEach(p -> problems.add(where + " — " + p));
                }
                desktop();
                driver.get(file.toUri().toString());
                assertTrue(printedPages() >= 1, file + " prints");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The element reaching furthest right, to say what makes a page scroll sideways. */
    private Object widest() {
        return driver.executeScript("var w = null, r = 0; document.querySelectorAll('body *').forEach(function (e) {"
                + " var b = e.getBoundingClientRect().right; if (b > r) { r = b; w = e; } });"
                + " return w ? w.tagName + '.' + w.className + ' ' + Math.round(r) + ': '"
                + " + w.textContent.slice(0, 60) : '';");
    }

    /** Prints the page as the browser would on A4, using the file's own page size; counts the pages. */
    private int printedPages() {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
        String text = new String(Base64.getDecoder().decode((String) pdf.get("data")),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF"), "a PDF");
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")
                .matcher(text);
        assertTrue(box.find(), "a page size");
        assertEquals(595, Math.round(Double.parseDouble(box.group(1))), "A4 is 595 pt wide: " + box.group());
        assertEquals(842, Math.round(Double.parseDouble(box.group(2))), "A4 is 842 pt high: " + box.group());
        return text.split("/Type /Page\\b", -1).length - 1;
    }

    @Test
    void shouldOpenTheReportWithTheReflectionTickedOnThePage() {
        long id = seed();
        open("/report?lang=en");
        assertTrue(all("input[name=include]:checked").isEmpty(), "nothing private ticked by default");
        find("input[name=reflection][value='" + id + "']").click();
        clickAndWait(find("button[name=open]"));
        assertTrue(driver.getCurrentUrl().contains("/report.html?"), driver.getCurrentUrl());
        assertTrue(text("main").contains("Merges looked like syllables."));
        assertFalse(text("main").contains("a window the size of my breath"), "no metaphor unless ticked");
        assertEquals("rgb(31, 107, 85)", driver.executeScript(
                "return getComputedStyle(document.querySelector('h2')).borderBottomColor;"),
                "the inline style applies under the file's own policy");
    }
}
