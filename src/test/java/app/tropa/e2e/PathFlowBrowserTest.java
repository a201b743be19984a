package app.tropa.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner's first steps on the path, as they see them. */
@QuarkusTest
class PathFlowBrowserTest extends BrowserTest {

    @Test
    void shouldGreetFirstVisitWithAFirstStep() {
        open("/");

        assertEquals("Your path today", text("h1"));
        WebElement step = find(".next-steps li a");
        assertEquals("/path/why-your-own-ai", step.getDomAttribute("href"));
        assertTrue(text(".next-steps li .reason").contains("opens the way"));
        assertTrue(find("td.current").getText().contains("You are here"));
    }

    @Test
    void shouldWalkANodeFromStartToDoneAndSeeTheMapChange() {
        open("/");
        find(".next-steps li a").click();
        assertEquals("/path/why-your-own-ai", path());

        button("Start").click();
        assertTrue(text(".status-line").contains("in progress"));

        List<WebElement> boxes = all(".checkpoints input[type=checkbox]");
        boxes.get(0).click();
        boxes.get(1).click();
        button("Save ticks").click();
        assertTrue(all(".checkpoints input[type=checkbox]").get(0).isSelected());
        assertTrue(all(".checkpoints input[type=checkbox]").get(1).isSelected());

        button("Mark done").click();
        assertTrue(text(".status-line").contains("done"));
        find(".history summary").click();
        assertTrue(text(".history").contains("status: in progress → done"));

        open("/");
        WebElement cell = driver.findElements(By.cssSelector(".progress-map tbody tr")).get(0)
                .findElements(By.cssSelector("td")).get(0);
        assertTrue(cell.getText().contains("1 of 3 done"), cell.getText());
        assertTrue(text(".next-steps").contains("First conversations"), text(".next-steps"));
    }

    @Test
    void shouldKeepTypedNoteWhenSavingFails() {
        open("/path/why-your-own-ai");
        String note = "Мысль, которую нельзя потерять. " + "ж".repeat(2100);
        WebElement area = find("#note");
        // Typing 2,000 characters key by key is slow; paste-like input keeps the test short.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", area, note);
        button("Save note").click();

        assertTrue(text("#note-error").contains("at most 2000 fit"), text("#note-error"));
        assertEquals(note, find("#note").getDomProperty("value"));
        assertEquals("true", find("#note").getDomAttribute("aria-invalid"));
    }

    @Test
    void shouldSwitchLanguageAndBack() {
        open("/path/why-your-own-ai");
        assertEquals("en", find("html").getDomAttribute("lang"));

        find(".lang-switch").click();
        assertEquals("ru", find("html").getDomAttribute("lang"));
        assertTrue(text(".progress-panel h2").contains("Ваш прогресс"));
        open("/path");
        assertEquals("Путь", text("h1"));

        find(".lang-switch").click();
        assertEquals("en", find("html").getDomAttribute("lang"));
        open("/");
        assertEquals("Your path today", text("h1"));
    }

    private WebElement button(String label) {
        return driver.findElements(By.cssSelector("button")).stream()
                .filter(b -> b.getText().strip().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "'"));
    }

    private String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }
}
