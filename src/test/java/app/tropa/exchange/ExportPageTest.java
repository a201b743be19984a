package app.tropa.exchange;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.tropa.exchange.ImportResourceTest.progress;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The /export page: downloads, an upload checked by a dry run before it is applied, backups with restore. */
@QuarkusTest
class ExportPageTest {

    private static final Pattern STAGED = Pattern.compile("name=\"staged\" value=\"([^\"]+)\"");

    @Inject
    TestClock clock;

    @Inject
    Backups backups;

    @BeforeEach
    void fresh() throws IOException {
        LearnerData.wipe();
        for (BackupFile f : backups.list()) {
            Files.deleteIfExists(backups.path(f));
        }
    }

    private java.util.Map<String, String> facts;

    @BeforeEach
    void keepFacts() {
        facts = DataFolderFacts.save();
    }

    @AfterEach
    void release() {
        clock.reset();
        DataFolderFacts.restore(facts);
    }

    @Test
    void shouldOfferEveryDownloadInBothLanguages() {
        given().get("/export?lang=en").then().statusCode(200)
                .body(containsString("<a href=\"/export\" aria-current=\"page\">Export</a>"))
                .body(containsString("<h1>Export and backups</h1>"))
                .body(containsString("href=\"/api/export/json\""))
                .body(containsString("action=\"/api/export/markdown\""))
                .body(containsString("href=\"/api/export/csv?what=reflections\""))
                .body(containsString("href=\"/api/export/anki\""))
                .body(containsString("the journal entries you tagged “dataset”"))
                .body(containsString("No backup yet"));
        given().get("/export?lang=ru").then().statusCode(200)
                .body(containsString("<h1>Экспорт и резервные копии</h1>"))
                .body(containsString("Включить текст запечатанных писем"))
                .body(containsString("Проверить файл"));
    }

    @Test
    void shouldShowTheDryRunReportThenImportOnlyOnConfirm() {
        SampleLearner.walk(clock);
        String backup = SampleLearner.exportJson();
        LearnerData.wipe();
        FormSession form = FormSession.open("/export");

        String report = upload(form, backup, "merge").then().statusCode(200)
                .body(containsString("<h1>What this import would do</h1>"))
                .body(containsString("<th scope=\"row\">Progress log</th>"))
                .body(containsString("<th scope=\"row\">Talks with the tutor</th>"))
                .body(containsString("<th scope=\"row\">Review questions kept</th>"))
                .body(containsString("Merge now")).extract().asString();
        progress("why-your-own-ai").body("status", equalTo("not_started"));

        Matcher staged = STAGED.matcher(report);
        assertTrue(staged.find(), report);
        given().cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token())
                .formParam("staged", staged.group(1)).formParam("mode", "merge")
                .redirects().follow(false).post("/export/import/confirm").then().statusCode(303)
                .header("Location", containsString("/export?imported=1"));
        progress("why-your-own-ai").body("status", equalTo("done"));
        given().get("/export?imported=1").then().body(containsString("The backup was imported."));
    }

    @Test
    void shouldRefuseABrokenUploadSayingWhereAndKeepTheChoice() {
        FormSession form = FormSession.open("/export");

        upload(form, "{\"format\":\"tropa-backup\",\"schemaVersion\":1,\"progress\":[{\"nodeId\":5}]}", "replace")
                .then().statusCode(400)
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("aria-describedby=\"import-error import-hint\""))
                .body(containsString("The file was not imported, and nothing changed. $.progress[0]"))
                .body(containsString("value=\"replace\" checked"));
        given().cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token()).formParam("staged", "../../x")
                .formParam("mode", "merge").post("/export/import/confirm").then().statusCode(404);
    }

    @Test
    void shouldRefuseAnUploadWithoutTheFormToken() {
        given().multiPart("file", "b.json", "{}".getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("mode", "merge").post("/export/import").then().statusCode(403);
    }

    @Test
    void shouldBackUpNowAndRestoreAfterShowingTheReport() throws IOException {
        SampleLearner.walk(clock);
        FormSession form = FormSession.open("/export");
        String location = given().cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token())
                .redirects().follow(false).post("/export/backups").then().statusCode(303).extract().header("Location");
        String name = backups.list().get(0).name();
        assertTrue(location.contains("made=" + name), location);
        given().get("/export?made=" + name + "&lang=en").then()
                .body(containsString("Backup written: " + name))
                .body(containsString("href=\"/export/backups/" + name + "/restore\""))
                .body(containsString("by hand"));
        clock.advance(Duration.ofHours(1));
        SampleLearner.put("/api/progress/layers-of-meaning", "{\"status\":\"done\"}");

        given().get("/export/backups/" + name + "/restore?lang=en").then().statusCode(200)
                .body(containsString("<h1>Restore a backup</h1>"))
                .body(containsString("Restoring " + name + " replaces everything here"))
                .body(containsString("Replace everything now"))
                .body(containsString("action=\"/export/backups/" + name + "/restore\""));
        progress("layers-of-meaning").body("status", equalTo("done"));

        given().cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token()).formParam("mode", "replace")
                .redirects().follow(false).post("/export/backups/" + name + "/restore").then().statusCode(303);
        progress("layers-of-meaning").body("status", equalTo("not_started"));
        assertEquals(BackupFile.Kind.BEFORE_REPLACE, backups.list().get(0).kind());
        given().get("/export/backups/" + name).then().statusCode(200)
                .header("Content-Disposition", containsString(name)).body("format", equalTo("tropa-backup"));
    }

    @Test
    void shouldOnlyOpenBackupsFromTheListing() {
        given().get("/export/backups/tropa-backup-20990101T000000Z-daily.json/restore").then().statusCode(404);
        given().get("/export/backups/..%2F..%2Fpom.xml").then().statusCode(404);
        given().get("/export/backups/%2E%2E/restore").then().statusCode(404);
    }

    @Test
    void shouldMakeTheDailyBackupOncePerDayAndKeepTheNewest() throws IOException {
        clock.set(Instant.parse("2026-10-01T03:00:00Z"));
        for (int day = 1; day <= 31; day++) {
            backups.write(BackupFile.Kind.DAILY);
            clock.advance(Duration.ofDays(1));
        }
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        Path folder = backups.folder();

        assertTrue(backups.dailyIfDue().isPresent());
        assertFalse(backups.dailyIfDue().isPresent(), "one a day");
        clock.advance(Duration.ofDays(1));
        assertTrue(backups.dailyIfDue().isPresent());

        var daily = backups.list().stream().filter(f -> f.kind() == BackupFile.Kind.DAILY).toList();
        assertEquals(30, daily.size());
        assertTrue(daily.stream().allMatch(BackupFile::verified));
        assertEquals("tropa-backup-20261121T100000Z-daily.json", daily.get(0).name());
        assertFalse(Files.exists(folder.resolve("tropa-backup-20261001T030000Z-daily.json")));
        assertFalse(Files.exists(folder.resolve("tropa-backup-20261001T030000Z-daily.json.check")));
        assertTrue(Files.readString(backups.path(daily.get(0))).contains("\"format\" : \"tropa-backup\""));
    }

    private static Response upload(FormSession form, String json, String mode) {
        return given().cookie("tropa-csrf", form.cookie())
                .multiPart("file", "backup.json", json.getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("mode", mode).multiPart("_csrf", form.token()).post("/export/import");
    }
}
