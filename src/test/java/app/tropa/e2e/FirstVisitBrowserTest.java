package app.tropa.e2e;

import app.tropa.platform.LearnerTime;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer's whole first visit, in Russian, by keyboard only, on a data folder of its own that
 * starts empty: the welcome, "find my place", the preview, saving, the settings with the browser's
 * time zone offered, and the dashboard. axe-core checks each page on the way.
 */
@QuarkusTest
@TestProfile(FirstVisitBrowserTest.EmptyDataFolder.class)
class FirstVisitBrowserTest extends BrowserTest {

    /** Not the shared test database: a folder nobody has used yet. */
    public static class EmptyDataFolder implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:tropa-first-visit;DB_CLOSE_DELAY=-1",
                    "tropa.data-dir", "target/test-first-visit-data");
        }
    }

    private static final String BROWSER_ZONE = "Asia/Yekaterinburg";

    @Inject
    LearnerTime time;

    private final List<String> problems = new ArrayList<>();

    /** This folder stays new: the base class' wipe would mark the welcome as passed. */
    @Override
    @BeforeEach
    void freshLearner() {
        desktop();
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", BROWSER_ZONE));
    }

    @AfterEach
    void browserZoneBack() {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
    }

    @Test
    void shouldWelcomePlaceAndSettleANewcomerByKeyboardInRussian() {
        open("/?lang=ru");
        assertEquals("Добро пожаловать в Тропу", text("h1"));
        assertTrue(text("main").contains("остаётся на этом компьютере"), text("main"));
        axe("welcome");

        press(tabTo(e -> e.getText().equals("Найти своё место")), Keys.ENTER);
        assertEquals("Найти своё место", text("h1"));
        axe("place");

        pressSpace(tabTo(e -> "ideal-thinking/use".equals(e.getDomAttribute("value"))));
        assertTrue(find("#t-instructions-as-intent-2").isSelected(), "the whole cell is ticked on screen");
        pressSpace(tabTo(e -> "what-tuning-changes:0".equals(e.getDomAttribute("value"))));
        press(tabTo(e -> e.getText().equals("Показать, где я окажусь")), Keys.ENTER);

        assertEquals("Где вы окажетесь", text("h1"));
        assertTrue(text(".lead").contains("на ступени «Настроить»"), text(".lead"));
        assertTrue(text("main").contains("Пройдено шагов: 3. Начато: 1."), text("main"));
        axe("preview");

        press(tabTo(e -> e.getText().equals("Сохранить")), Keys.ENTER);
        assertEquals("Место найдено", text("h1"));
        assertTrue(text(".next-steps").contains("Что меняет дообучение"), text(".next-steps"));
        axe("placed");

        press(tabTo(e -> e.getText().equals("Дальше: три необязательные настройки")), Keys.ENTER);
        assertEquals("Настройки", text("h1"));
        assertEquals(BROWSER_ZONE, find("#zone").getDomProperty("value"), "the browser's zone is offered");
        assertTrue(text("#zone-browser").contains(BROWSER_ZONE), text("#zone-browser"));
        axe("settings");

        press(tabTo(e -> e.getText().equals("Сохранить часовой пояс")), Keys.ENTER);
        assertEquals("Сохранено.", text(".notice"));
        assertEquals(ZoneId.of(BROWSER_ZONE), time.zone());

        press(tabTo(e -> e.getText().equals("Готово — на главную")), Keys.ENTER);
        assertEquals("Ваш путь сегодня", text("h1"));
        assertEquals(List.of(), problems);
    }

    /** Presses Tab until the focused element is the one wanted; never clicks. */
    private WebElement tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < 400; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached the element on " + driver.getCurrentUrl());
    }

    private void press(WebElement focused, Keys key) {
        driver.executeScript("window.__tropaOldPage = true;");
        new Actions(driver).sendKeys(key).perform();
        waitUp().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.__tropaOldPage === undefined && document.readyState === 'complete';")));
    }

    private void pressSpace(WebElement box) {
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertTrue(box.isSelected(), "Space ticks " + box.getDomAttribute("value"));
    }

    private void axe(String where) {
        screenshot("first-visit-" + where + "-ru-1280");
        seriousAccessibilityProblems().forEach(p -> problems.add(where + " — " + p));
    }
}
