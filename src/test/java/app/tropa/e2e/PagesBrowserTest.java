package app.tropa.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, in both languages, at desktop and phone width: no serious accessibility problem,
 * one h1, the right lang, no sideways scrolling; a screenshot of each for people to look at.
 */
@QuarkusTest
class PagesBrowserTest extends BrowserTest {

    static final String[][] PAGES = {
            {"dashboard", "/"},
            {"path", "/path"},
            {"node", "/path/why-your-own-ai"},
            {"glossary", "/glossary"},
            {"term", "/glossary/context-window"},
            {"review", "/review"},
            {"review-stats", "/review/stats"},
            {"pace", "/pace"},
            {"export", "/export"},
            {"report", "/report"},
            {"tutor", "/tutor"},
            {"tutor-settings", "/tutor/settings"},
            {"place", "/place"},
            {"settings", "/settings"},
            {"not-found", "/path/no-such-node"},
    };

    @Test
    void shouldServeAccessiblePagesInBothLanguagesAtBothWidths() {
        assertEquals(List.of(), sweep(List.of(PAGES), "", true, false));
    }

    /** The check above is only worth something if it sees a real problem when there is one. */
    @Test
    void shouldNoticeAnInaccessibleElement() {
        open("/path?lang=en");
        driver.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', "
                + "'<img src=\"/favicon.svg\"><input type=\"text\">');");

        List<String> problems = seriousAccessibilityProblems();

        assertTrue(problems.stream().anyMatch(p -> p.contains("image-alt")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("label")), problems.toString());
    }
}
