package app.tropa.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing in Markdown, the learner can look at the result before saving, by keyboard too. */
@QuarkusTest
class PreviewBrowserTest extends BrowserTest {

    @Test
    void aJournalEntryCanBePreviewedAndEditedOnWithNothingLost() {
        open("/journal?lang=en");
        WebElement body = find("#new-body");
        body.sendKeys("A **bold** idea");
        WebElement toggle = find("#new-body ~ .preview-toggle");
        assertEquals("Preview", toggle.getText());
        toggle.sendKeys(Keys.ENTER);

        waitUp().until(d -> !find("#new-body-preview").getDomProperty("hidden").equals("true"));
        assertEquals("bold", find("#new-body-preview strong").getText());
        assertFalse(body.isDisplayed());
        assertEquals("true", toggle.getDomAttribute("aria-expanded"));
        assertTrue(seriousAccessibilityProblems().isEmpty(), seriousAccessibilityProblems().toString());

        toggle.sendKeys(Keys.ENTER);
        waitUp().until(d -> body.isDisplayed());
        assertEquals("A **bold** idea", body.getDomProperty("value"));
    }
}
