package app.tropa.e2e;

import app.tropa.LearnerData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A real browser on the app started by {@code @QuarkusTest}, with a fresh learner for each test. */
abstract class BrowserTest {

    static ChromeDriver driver;
    private static String axeSource;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void freshLearner() {
        LearnerData.wipe();
        desktop();
        open("/?lang=en");
        driver.manage().deleteAllCookies();
    }

    void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    WebDriverWait waitUp() {
        // A page in transition can answer with a generic "inspector error"; keep waiting through it.
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /**
     * Clicks what loads a new page (a link, a form's button) and waits until the new page is there:
     * a click returns before the browser has swapped the page, and reading elements in between
     * finds the old page's, or stale ones.
     */
    /**
     * Clicks something that loads a new page and waits until that page is in. A flag set on the
     * old window object disappears with the new document; element staleness is not reliable
     * here, as Chromium may report a detached node as an "inspector error".
     */
    void clickAndWait(WebElement element) {
        driver.executeScript("window.__tropaOldPage = true;");
        element.click();
        waitUp().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return window.__tropaOldPage === undefined && document.readyState === 'complete';")));
    }

    void desktop() {
        viewport(1280, 900, false);
    }

    void phone() {
        viewport(375, 812, true);
    }

    private void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    boolean scrollsSideways() {
        Object result = driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
        return Boolean.TRUE.equals(result);
    }

    /** The whole page as a PNG under target/screenshots/, for people to look at. */
    void screenshot(String name) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Path dir = Path.of(System.getProperty("test.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each page ({name, path}) in both languages at desktop and phone width: it speaks the language,
     * does not scroll sideways, has one h1 where {@code oneH1}, and leaves a screenshot named
     * {@code shots + name-lang-width}. Returns axe's serious problems, checked at both widths or,
     * without {@code axeOnPhone}, at desktop width only.
     */
    List<String> sweep(List<String[]> pages, String shots, boolean oneH1, boolean axeOnPhone) {
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
                    org.junit.jupiter.api.Assertions.assertEquals(lang, find("html").getAttribute("lang"), where);
                    if (oneH1) {
                        org.junit.jupiter.api.Assertions.assertEquals(1, all("h1").size(), where + ": one h1");
                    }
                    org.junit.jupiter.api.Assertions.assertFalse(scrollsSideways(), where + ": scrolls sideways");
                    screenshot(shots + page[0] + "-" + lang + (phone ? "-375" : "-1280"));
                    if (!phone || axeOnPhone) {
                        seriousAccessibilityProblems().forEach(p -> problems.add(where + " — " + p));
                    }
                }
            }
        }
        return problems;
    }

    /** axe-core's violations of impact serious or critical on the current page, one line each. */
    List<String> seriousAccessibilityProblems() {
        driver.executeScript(axe());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object json = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('error: ' + e); });");
        String result = String.valueOf(json);
        if (result.startsWith("error:")) {
            throw new IllegalStateException("axe failed: " + result);
        }
        List<String> problems = new ArrayList<>();
        try {
            for (JsonNode v : new ObjectMapper().readTree(result)) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    problems.add(impact + " " + v.path("id").asText() + ": " + v.path("help").asText() + " at "
                            + targets.stream().limit(3).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static String axe() {
        if (axeSource == null) {
            try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
