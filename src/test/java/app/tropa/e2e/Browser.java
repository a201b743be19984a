package app.tropa.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's headless Chromium, driven by its own ChromeDriver: nothing is downloaded. Without the
 * two binaries the browser tests are skipped with one line saying how to enable them — unless
 * {@code -Dtest.browser=required} (as in CI), where they fail instead.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("test.chromedriver", "/usr/bin/chromedriver"));
    private static boolean announced;

    private Browser() {
    }

    static ChromeDriver start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String how = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install them with 'apt-get install chromium chromium-driver'.";
            if ("required".equals(System.getProperty("test.browser"))) {
                throw new IllegalStateException("Browser tests are required but cannot run. " + how);
            }
            if (!announced) {
                System.out.println("[tropa] Browser tests SKIPPED. " + how);
                announced = true;
            }
            Assumptions.abort("Chromium is not installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
