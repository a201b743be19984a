package app.tropa.exchange;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static app.tropa.exchange.ImportResourceTest.progress;
import static app.tropa.exchange.SampleLearner.exportJson;
import static app.tropa.exchange.SampleLearner.importJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backups the learner can trust, seen from outside: whether each one verified (page and API), a
 * failing backup on the dashboard until one succeeds, a replace stopped when its backup cannot be
 * made, and a dry run of a backup of every schema version.
 */
@QuarkusTest
class BackupTrustTest {

    @Inject
    TestClock clock;

    @Inject
    Backups backups;

    private Map<String, String> facts;

    @BeforeEach
    void fresh() throws IOException {
        LearnerData.wipe();
        emptyBackupsFolder();
        facts = DataFolderFacts.save();
    }

    @AfterEach
    void release() throws IOException {
        clock.reset();
        emptyBackupsFolder();
        DataFolderFacts.restore(facts);
    }

    /** The folder back as a folder, empty; a backup that succeeds ends any notice a test left. */
    private void emptyBackupsFolder() throws IOException {
        Path folder = backups.folder();
        if (Files.isRegularFile(folder)) {
            Files.delete(folder);
        }
        backups.write(BackupFile.Kind.MANUAL);
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Makes the backups folder a regular file: no backup can be written, even by root. */
    private void breakBackupsFolder() throws IOException {
        emptyBackupsFolder();
        Files.delete(backups.folder());
        Files.writeString(backups.folder(), "in the way of the backups folder");
    }

    @Test
    void shouldShowWhetherEachBackupVerifiedOnThePageAndInTheApi() throws IOException {
        SampleLearner.walk(clock);
        String name = given().post("/api/backups").then().statusCode(201)
                .body("check", equalTo("verified")).body("verified", equalTo(true)).extract().path("name");
        Path made = backups.path(backups.find(name).orElseThrow());
        assertTrue(Files.exists(made.resolveSibling(name + ".check")), "the check is kept beside the backup");
        Path copied = made.resolveSibling("tropa-backup-20261101T030000Z-manual.json");
        Files.copy(made, copied);

        given().get("/api/backups").then().statusCode(200)
                .body("[0].name", equalTo(name)).body("[0].verified", equalTo(true))
                .body("[0].check", equalTo("verified")).body("[0].size", equalTo((int) Files.size(made)))
                .body("[1].name", equalTo(copied.getFileName().toString())).body("[1].verified", equalTo(false))
                .body("[1].check", equalTo("unchecked"));
        given().get("/export?lang=en").then().statusCode(200)
                .body(containsString("<th scope=\"col\">Checked</th>"))
                .body(containsString("<td class=\"backup-check backup-verified\"><span aria-hidden=\"true\">✓ "
                        + "</span>read back whole</td>"))
                .body(containsString("<td class=\"backup-check backup-unchecked\">not checked yet</td>"))
                .body(containsString("only a backup that passed counts when old ones are removed"));

        backups.recheck();
        Files.writeString(made, "{\"format\" : \"tropa-backup\"", StandardOpenOption.TRUNCATE_EXISTING);
        given().get("/api/backups").then().body("[0].check", equalTo("changed")).body("[1].check", equalTo("verified"));
        given().get("/export?lang=ru").then().statusCode(200)
                .body(containsString("<th scope=\"col\">Проверка</th>"))
                .body(containsString("<td class=\"backup-check backup-changed\">изменилась после проверки</td>"))
                .body(containsString("прочитана целиком"));
        backups.recheck();
        given().get("/export?lang=ru").then()
                .body(containsString("<td class=\"backup-check backup-failed\">не читается целиком</td>"));
        given().get("/api/backups").then().body("[0].check", equalTo("failed")).body("[0].verified", equalTo(false));
    }

    @Test
    void shouldReportFailingBackupsOnTheDashboardUntilOneSucceeds() throws IOException {
        SampleLearner.walk(clock);
        clock.set(Instant.parse("2026-11-23T03:00:00Z"));
        backups.write(BackupFile.Kind.DAILY);
        given().get("/?lang=en").then().statusCode(200).body(not(containsString("backup-alert")));

        breakBackupsFolder();
        clock.set(Instant.parse("2026-11-24T03:00:00Z"));
        assertThrowsBackupFailure(backups::dailyIfDue);

        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("<section class=\"notice backup-alert\" role=\"alert\""))
                .body(containsString("Backups are not being written"))
                .body(containsString("Tropa could not write a backup on 2026-11-24 03:00: the backups folder cannot "
                        + "be written to. Older backups are untouched"))
                .body(containsString("The last good backup was made on 2026-11-23 03:00."))
                .body(containsString("href=\"/export#backups\""));
        clock.advance(Duration.ofHours(1));
        assertThrowsBackupFailure(backups::dailyIfDue);
        given().get("/?lang=ru").then().statusCode(200)
                .body(containsString("Резервные копии не записываются"))
                .body(containsString("Тропа не смогла записать резервную копию (2026-11-24 04:00): в папку копий "
                        + "нельзя записать. Неудачных попыток подряд: 2."))
                .body(containsString("Последняя хорошая копия сделана 2026-11-23 03:00."));

        Files.delete(backups.folder());
        clock.advance(Duration.ofHours(1));
        assertTrue(backups.dailyIfDue().isPresent());
        given().get("/?lang=en").then().statusCode(200).body(not(containsString("backup-alert")));
    }

    @Test
    void shouldSayOnTheExportPageWhenBackingUpByHandFails() throws IOException {
        FormSession form = FormSession.open("/export");
        breakBackupsFolder();

        given().cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token()).post("/export/backups?lang=en")
                .then().statusCode(500)
                .body(containsString("<p class=\"field-error\" id=\"backup-error\" role=\"alert\">The backup could not "
                        + "be written: the backups folder cannot be written to. Older backups are untouched.</p>"));
        given().post("/api/backups").then().statusCode(500).body("error", equalTo("backup-failed"))
                .body("message", startsWith("The backup could not be written: the backups folder cannot be written "
                        + "to"))
                .body("details.reason", equalTo("unwritable"));
    }

    @Test
    void shouldStopAReplaceWhoseBackupCannotBeMadeAndChangeNothing() throws IOException {
        SampleLearner.walk(clock);
        String backup = exportJson();
        clock.advance(Duration.ofDays(1));
        SampleLearner.put("/api/progress/layers-of-meaning", "{\"status\":\"skipped\"}");
        String before = SampleJson.withoutExportedAt(exportJson());
        breakBackupsFolder();

        importJson(backup, "?mode=replace").statusCode(500)
                .body("error", equalTo("backup-failed"))
                .body("message", startsWith("Nothing was replaced, and nothing changed: the backup of what is here, "
                        + "written before every replace, could not be made"))
                .body("details.kind", equalTo("before-replace"));
        assertEquals(before, SampleJson.withoutExportedAt(exportJson()));
        importJson(backup, "?mode=replace&dryRun=true").statusCode(200).body("kinds.progress.removed", equalTo(2));

        FormSession form = FormSession.open("/export");
        String report = given().cookie("tropa-csrf", form.cookie())
                .multiPart("file", "backup.json", backup.getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("mode", "replace").multiPart("_csrf", form.token()).post("/export/import")
                .then().statusCode(200).extract().asString();
        java.util.regex.Matcher staged = java.util.regex.Pattern.compile("name=\"staged\" value=\"([^\"]+)\"")
                .matcher(report);
        assertTrue(staged.find(), report);
        given().cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token())
                .formParam("staged", staged.group(1)).formParam("mode", "replace")
                .post("/export/import/confirm?lang=ru").then().statusCode(500)
                .body(containsString("role=\"alert\">Ничего не заменено и ничего не изменилось: копию того, что здесь "
                        + "есть, которую Тропа записывает перед каждой заменой, сделать не удалось: в папку копий "
                        + "нельзя записать."));
        progress("layers-of-meaning").body("status", equalTo("skipped"));
        assertEquals(before, SampleJson.withoutExportedAt(exportJson()));
    }

    @Test
    void shouldDryRunABackupOfEverySchemaVersion() throws IOException {
        // version: progress, progress log, reflections, talks, kept questions, review states, revisit log
        int[][] expected = {
            {1, 1, 1, 1, 0, 0, 1, 0},
            {2, 1, 1, 1, 2, 1, 2, 0},
            {3, 2, 2, 2, 2, 1, 2, 1},
        };
        SampleLearner.walk(clock);
        String before = SampleJson.withoutExportedAt(exportJson());
        for (int[] e : expected) {
            String file = fixture(e[0]);
            int entriesHere = importJson(file, "?mode=replace&dryRun=true").statusCode(200)
                    .body("dryRun", equalTo(true)).body("applied", equalTo(false))
                    .body("kinds.progress.inFile", equalTo(e[1])).body("kinds.progress.added", equalTo(e[1]))
                    .body("kinds.progressEvents.inFile", equalTo(e[2]))
                    .body("kinds.reflections.inFile", equalTo(e[3])).body("kinds.reflections.added", equalTo(e[3]))
                    .body("kinds.talks.inFile", equalTo(e[4]))
                    .body("kinds.reviewQuestions.inFile", equalTo(e[5]))
                    .body("kinds.reviewStates.inFile", equalTo(e[6]))
                    .body("kinds.revisitLog.inFile", equalTo(e[7]))
                    .body("kinds.letters.inFile", equalTo(1))
                    .extract().path("kinds.reflections.removed");

            String name = "tropa-backup-2026112" + e[0] + "T090000Z-manual.json";
            Files.writeString(backups.folder().resolve(name), file);
            String page = given().get("/export/backups/" + name + "/restore?lang=en").then().statusCode(200)
                    .body(containsString("<h1>Restore a backup</h1>"))
                    .body(containsString("Restoring " + name + " replaces everything here"))
                    .extract().asString().replaceAll("\\s+", " ");
            assertTrue(page.contains("<th scope=\"row\">Journal entries</th> <td>" + e[3] + "</td> <td>" + entriesHere
                    + "</td> <td>" + e[3] + "</td>"), "schema version " + e[0] + ": " + page);
            assertTrue(page.contains("<th scope=\"row\">Talks with the tutor</th> <td>" + e[4] + "</td>"), page);
        }
        assertEquals(before, SampleJson.withoutExportedAt(exportJson()), "a dry run changes nothing");
    }

    private String fixture(int version) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("exchange/backup-v" + version
                + ".json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(version, SampleJson.tree(text).get("schemaVersion").asInt());
            return text;
        }
    }

    private static void assertThrowsBackupFailure(org.junit.jupiter.api.function.Executable run) {
        assertFalse(org.junit.jupiter.api.Assertions.assertThrows(BackupFailure.class, run).getMessage().isEmpty());
    }
}
