package app.tropa.e2e;

import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Metaphors with their timeline, and a review session driven by the keyboard. */
@QuarkusTest
class GlossaryBrowserTest extends BrowserTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void shouldKeepBothVersionsOfAMetaphorOnTheTimeline() {
        clock.set(Instant.parse("2026-11-01T10:00:00Z"));
        saveMetaphor("quantization", "Сжать реку до ручья, сохранив её русло.");
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        saveMetaphor("quantization", "A sacrifice of precision I now choose with open eyes.");

        var versions = all(".timeline li");
        assertEquals(2, versions.size());
        String all = versions.get(0).getText() + "\n" + versions.get(1).getText();
        assertTrue(all.contains("Сжать реку до ручья, сохранив её русло."), all);
        assertTrue(all.contains("A sacrifice of precision I now choose with open eyes."), all);
        assertEquals(1, all(".timeline li.current").size());
        assertTrue(find(".timeline li.current").getText().contains("A sacrifice of precision"));
    }

    @Test
    void shouldReviewWithTheKeyboardOnly() {
        clock.set(Instant.parse("2026-11-01T10:00:00Z"));
        saveMetaphor("context-window", "the horizon of the model's breath, in my own words");
        clock.set(Instant.parse("2026-11-03T10:00:00Z"));

        open("/review");
        assertEquals("Context window", text(".review-term"));
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-grades")));
        assertTrue(driver.getPageSource().contains("in my own words"));

        new Actions(driver).sendKeys("3").perform();
        waitUp().until(d -> d.findElements(By.cssSelector(".review-grades")).isEmpty());

        assertEquals("[]", given("/api/reviews/due").replaceAll("\\s", ""));
        assertTrue(given("/api/terms/context-window").contains("dueAt"));
    }

    /**
     * A tab left open while the term it shows went away (a curriculum updated between page and
     * send): the learner's words come back on the error page, ready to copy or send again.
     */
    @Test
    void shouldKeepTheTypedMetaphorWhenItsTermIsGone() {
        String words = "Сжать реку до ручья —\nи всё же слышать её шум.";
        open("/glossary/quantization?lang=ru");
        driver.executeScript("document.getElementById('metaphor-form').action = '/glossary/gone-term/metaphor';");
        find("#text").sendKeys(words);
        clickAndWait(find("#metaphor-form button[type=submit]"));

        assertEquals("Что вы написали — пока не сохранено", text("#typed-heading"));
        assertEquals(words, find("#typed-1").getAttribute("value"));
        assertEquals("/glossary/gone-term/metaphor", find("#typed-form").getDomAttribute("action"));
        assertEquals(List.of(), seriousAccessibilityProblems());
    }

    private void saveMetaphor(String term, String text) {
        open("/glossary/" + term + "?lang=en");
        WebElement area = find("#text");
        area.clear();
        area.sendKeys(text);
        clickAndWait(find("#metaphor-form button[type=submit]"));
        waitUp().withTimeout(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#metaphor")).getText().contains(text));
    }

    private String given(String path) {
        return io.restassured.RestAssured.given().get(path).asString();
    }
}
