package app.tropa.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every export downloads from the /export page as a file the learner can open. */
@QuarkusTest
class ExportBrowserTest extends BrowserTest {

    @Test
    void shouldDownloadEveryExportFromTheExportPage() throws IOException {
        given().contentType(ContentType.JSON).body("{\"status\":\"done\",\"note\":\"первый шаг\"}")
                .put("/api/progress/why-your-own-ai").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"text\":\"горизонт моего дыхания\"}")
                .post("/api/terms/context-window/metaphors").then().statusCode(201);
        Path downloads = Files.createTempDirectory("tropa-downloads");
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));

        open("/export?lang=en");
        List<WebElement> links = all("a[download][href^='/api/export']");
        assertTrue(links.size() >= 6, "export links: " + links.size());
        for (WebElement link : links) {
            link.click();
        }
        find("form[action='/api/export/markdown'] button[type=submit]").click();
        int expected = links.size() + 1;

        waitUp().withTimeout(Duration.ofSeconds(30)).until(d -> finished(downloads) >= expected);
        try (Stream<Path> files = Files.list(downloads)) {
            List<Path> all = files.toList();
            assertEquals(expected, all.size(), all.toString());
            for (Path file : all) {
                assertTrue(Files.size(file) > 0, file + " is empty");
            }
            assertTrue(all.stream().anyMatch(f -> f.toString().endsWith(".zip")), all.toString());
            assertTrue(all.stream().anyMatch(f -> f.toString().endsWith(".jsonl")), all.toString());
        }
    }

    private static long finished(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            boolean busy = all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"));
            return busy ? -1 : all.size();
        } catch (IOException e) {
            return -1;
        }
    }
}
