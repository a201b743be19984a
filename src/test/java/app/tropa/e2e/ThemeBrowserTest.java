package app.tropa.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The dark theme, chosen in the footer, is as readable as the light one. */
@QuarkusTest
class ThemeBrowserTest extends BrowserTest {

    @Test
    void theDarkThemeKeepsEveryPageReadable() {
        open("/path?lang=en");
        String light = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor;");
        open("/path?theme=dark&lang=en");
        String dark = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor;");
        assertNotEquals(light, dark);
        List<String> problems = new ArrayList<>();
        for (String page : new String[] {"/path", "/path/chat-api-basics", "/journal", "/tutor", "/glossary"}) {
            open(page + "?lang=ru");
            seriousAccessibilityProblems().forEach(p -> problems.add(page + " — " + p));
            screenshot("dark" + page.replace('/', '-'));
        }
        assertEquals(List.of(), problems);
    }
}
