package app.tropa.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journal in a real browser: the draft kept in localStorage through a reload and a refused
 * save and forgotten once saved, and the journal and letters pages checked like every page.
 */
@QuarkusTest
class JournalBrowserTest extends BrowserTest {

    static final String DRAFT = "tropa-draft:journal-new";

    private Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private String value(String css) {
        return find(css).getDomProperty("value");
    }

    /**
     * Types text as a learner would. ChromeDriver types only characters of the Basic Multilingual
     * Plane, so an emoji goes in the way an emoji picker puts it: inserted, with an input event.
     */
    private void type(String selector, String text) {
        var field = find(selector);
        StringBuilder plain = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isBmpCodePoint(cp)) {
                plain.appendCodePoint(cp);
                return;
            }
            field.sendKeys(plain);
            plain.setLength(0);
            js("arguments[0].setRangeText(arguments[1], arguments[0].selectionStart, arguments[0].selectionEnd, 'end');"
                    + "arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true}));",
                    field, Character.toString(cp));
        });
        field.sendKeys(plain);
    }

    private String stored(String key) {
        return (String) js("return localStorage.getItem(arguments[0]);", key);
    }

    private void waitForDraft(String key, String text) {
        waitUp().until(d -> stored(key) != null && stored(key).contains(text));
    }

    @Test
    void shouldKeepTheDraftThroughAReloadAndARefusedSaveAndForgetItOnceSaved() {
        open("/journal?lang=en");
        type("#new-body", "Черновик 🌱 не потеряется");
        find("#new-tags").sendKeys("ночь");
        waitForDraft(DRAFT, "ночь");

        open("/journal?lang=en");
        assertEquals("Черновик 🌱 не потеряется", value("#new-body"));
        assertEquals("ночь", value("#new-tags"));
        assertTrue(find("[data-draft-notice]").isDisplayed());
        String draftId = value("input[name=draft]");

        // A field instruction's part on a daily entry is refused; the page comes back with the text.
        find("input[name=kind][value='field-instruction']").click();
        find("#new-fi-attention").sendKeys("внимание на токены");
        find("input[name=kind][value='daily']").click();
        clickAndWait(find(".entry-form button[type=submit]"));
        assertTrue(text(".entry-form").contains("These fields belong to a field instruction"));
        assertEquals("Черновик 🌱 не потеряется", value("#new-body"));
        assertEquals(draftId, value("input[name=draft]"));
        assertTrue(stored(DRAFT).contains("Черновик"));

        find("input[name=kind][value='field-instruction']").click();
        clickAndWait(find(".entry-form button[type=submit]"));
        waitUp().until(d -> d.getCurrentUrl().contains("?saved="));
        assertTrue(text(".journal-text").contains("Черновик 🌱 не потеряется"));
        assertNull(stored(DRAFT));

        open("/journal?lang=en");
        assertEquals("", value("#new-body"));
        assertFalse(find("[data-draft-notice]").isDisplayed());
    }

    @Test
    void shouldForgetALettersDraftOnceSealedSoItsTextNeverComesBack() {
        open("/letters?lang=en");
        find("#letter-body").sendKeys("Тайное письмо себе");
        js("document.getElementById('letter-open-on').value = '2099-01-01';");
        waitForDraft("tropa-draft:letter-new", "Тайное");
        clickAndWait(find(".letter-form button[type=submit]"));
        waitUp().until(d -> d.getCurrentUrl().contains("/letters?saved="));

        assertNull(stored("tropa-draft:letter-new"));
        assertFalse(driver.getPageSource().contains("Тайное"));
        open("/letters?lang=en");
        assertEquals("", value("#letter-body"));
        assertFalse(driver.getPageSource().contains("Тайное"));
    }

    @Test
    void shouldDiscardADraftOnRequest() {
        open("/journal?lang=en");
        find("#new-body").sendKeys("Передумал");
        waitForDraft(DRAFT, "Передумал");
        open("/journal?lang=en");
        find("[data-draft-discard]").click();

        assertEquals("", value("#new-body"));
        assertNull(stored(DRAFT));
    }

    @Test
    void shouldServeAccessibleJournalPagesInBothLanguagesAtBothWidths() {
        long id = given().contentType(ContentType.JSON).body(Map.of("kind", "field-instruction",
                "body", "**Окно контекста** — горизонт дыхания модели.", "tags", List.of("метафора"),
                "nodeIds", List.of("run-a-local-model"), "termIds", List.of("context-window"),
                "fieldInstruction", Map.of("attentionPattern", "токены", "depth", 3)))
                .post("/api/reflections").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("body", "Второе", "date", "2026-01-01"))
                .post("/api/reflections").then().statusCode(201);
        long trashed = given().contentType(ContentType.JSON).body(Map.of("body", "В корзину"))
                .post("/api/reflections").then().statusCode(201).extract().jsonPath().getLong("id");
        given().delete("/api/reflections/" + trashed).then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("body", "Письмо", "openWhen", "phase:integration"))
                .post("/api/letters").then().statusCode(201);

        String[][] pages = {{"journal", "/journal"}, {"journal-search", "/journal?q=окно"},
                {"entry", "/journal/" + id}, {"trash", "/journal/trash"}, {"letters", "/letters"}};
        List<String> problems = new ArrayList<>();
        for (String lang : new String[] {"en", "ru"}) {
            for (String[] page : pages) {
                String path = page[1] + (page[1].contains("?") ? "&" : "?") + "lang=" + lang;
                for (boolean phone : new boolean[] {false, true}) {
                    if (phone) {
                        phone();
                    } else {
                        desktop();
                    }
                    open(path);
                    String where = path + (phone ? " @375px" : " @1280px");
                    assertEquals(lang, find("html").getAttribute("lang"), where);
                    assertEquals(1, all("h1").size(), where + ": one h1");
                    assertFalse(scrollsSideways(), where + ": scrolls sideways");
                    screenshot(page[0] + "-" + lang + (phone ? "-375" : "-1280"));
                    if (!phone) {
                        seriousAccessibilityProblems().forEach(p -> problems.add(where + " — " + p));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void shouldShowTheFieldInstructionFieldsOnlyForThatKind() {
        open("/journal?lang=en");
        WebElement fields = find(".fi");
        assertFalse(fields.isDisplayed());

        driver.findElement(By.cssSelector("input[name=kind][value='field-instruction']")).click();
        assertTrue(fields.isDisplayed());
    }

    @Test
    void shouldWriteARussianEntryWithTheKeyboardOnlyAndFindItBySearch() {
        open("/journal?lang=ru");
        tabTo(e -> "new-body".equals(e.getDomAttribute("id")));
        keys("Сегодня понял, как устроен KV-кэш: это память внимания о прошлых токенах.");
        tabTo(e -> "new-tags".equals(e.getDomAttribute("id")));
        keys("кэш");
        tabTo(e -> "button".equals(e.getTagName()) && "submit".equals(e.getDomAttribute("type"))
                && e.findElements(By.xpath("ancestor::form[contains(@class,'entry-form')]")).size() == 1);
        String before = driver.getCurrentUrl();
        keys(org.openqa.selenium.Keys.ENTER);
        waitUp().until(d -> !d.getCurrentUrl().equals(before));

        open("/journal?lang=ru");
        tabTo(e -> "q".equals(e.getDomAttribute("id")));
        keys("KV-КЭШ");
        String list = driver.getCurrentUrl();
        keys(org.openqa.selenium.Keys.ENTER);
        waitUp().until(d -> !d.getCurrentUrl().equals(list));

        String results = find(".entry-list").getText();
        assertTrue(results.contains("KV-кэш"), results);
    }

    /** Presses Tab until the focused element is the one wanted, as a keyboard user would. */
    private void tabTo(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            if (wanted.test(driver.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("never reached the wanted element with Tab");
    }

    private void keys(CharSequence text) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(text).perform();
    }
}
