package app.tropa.exchange;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static app.tropa.exchange.SampleLearner.exportJson;
import static app.tropa.exchange.SampleLearner.importJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Revisits of done steps in every export: the JSON backup restores the schedule, the log and the
 * link to each answer; the CSV lists every revisit; an older backup's done steps join the schedule.
 */
@QuarkusTest
class RevisitExchangeTest {

    static final String NODE = "why-your-own-ai";
    static final String ANSWER = "Потому что понимать — значит уметь собрать самому.";

    @Inject
    TestClock clock;

    private Map<String, String> facts;

    @BeforeEach
    void fresh() {
        facts = DataFolderFacts.save();
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.reset();
        DataFolderFacts.restore(facts);
    }

    private static void doneAndRevisited() {
        given().contentType(ContentType.JSON).body("{\"status\":\"done\"}").put("/api/progress/" + NODE).then()
                .statusCode(200);
    }

    private void revisit(String grade) {
        given().contentType(ContentType.JSON).body("{\"grade\":\"" + grade + "\",\"answer\":\"" + ANSWER
                + "\",\"checkpoints\":[1]}").post("/api/revisits/" + NODE).then().statusCode(200);
    }

    @Test
    void aReplaceImportRestoresTheScheduleTheLogAndTheLinkToEachAnswer() {
        doneAndRevisited();
        clock.set(Instant.parse("2026-11-27T09:00:00Z"));
        revisit("hard");
        long before = given().get("/api/revisits/" + NODE + "/history").then().extract().jsonPath()
                .getLong("[0].reflectionId");
        String backup = exportJson();
        String schedule = given().get("/api/revisits").asString();
        LearnerData.wipe();

        importJson(backup, "?mode=replace").statusCode(200)
                .body("kinds.revisitStates.added", equalTo(1))
                .body("kinds.revisitLog.added", equalTo(1));

        assertEquals(schedule, given().get("/api/revisits").asString());
        long after = given().get("/api/revisits/" + NODE + "/history").then()
                .body("grade", contains("hard"))
                .body("[0].checkpoints", contains(1))
                .extract().jsonPath().getLong("[0].reflectionId");
        assertNotEquals(before, after, "the entry was written anew by the import");
        given().get("/api/reflections/" + after).then().body("body", equalTo(ANSWER)).body("kind", equalTo("revisit"));
        assertEquals(SampleJson.withoutExportedAt(backup), SampleJson.withoutExportedAt(exportJson()));
    }

    @Test
    void mergingTheSameBackupAddsNoSecondRevisit() {
        doneAndRevisited();
        clock.set(Instant.parse("2026-11-27T09:00:00Z"));
        revisit("good");
        String backup = exportJson();

        importJson(backup, "?mode=merge").statusCode(200)
                .body("kinds.revisitStates.added", equalTo(0))
                .body("kinds.revisitLog.added", equalTo(0));

        given().get("/api/revisits/" + NODE + "/history").then().body("$", hasSize(1));
    }

    @Test
    void theCsvListsEveryRevisitWithItsStepAndGrade() {
        doneAndRevisited();
        clock.set(Instant.parse("2026-11-27T09:00:00Z"));
        revisit("easy");

        given().get("/api/export/csv?what=revisits&lang=ru").then().statusCode(200)
                .body(containsString("node_id,node,revisited_at,grade,checkpoints_held"))
                .body(containsString(NODE + ",Зачем идти от пользования ИИ к своему собственному,"))
                .body(containsString(",easy,1,3,2,"));
        given().get("/api/export/csv?what=nothing").then().statusCode(400)
                .body(containsString("revisits"));
    }

    @Test
    void aVersionTwoBackupsDoneStepsJoinTheScheduleDueFromTodayWhenTheirFirstWeekHasPassed() {
        String v2 = "{\"format\":\"tropa-backup\",\"schemaVersion\":2,\"progress\":[{\"nodeId\":\"" + NODE
                + "\",\"status\":\"done\",\"checkpoints\":[0,1,2],\"note\":null,"
                + "\"startedAt\":\"2026-11-01T10:00:00Z\",\"completedAt\":\"2026-11-02T10:00:00Z\","
                + "\"updatedAt\":\"2026-11-02T10:00:00Z\",\"curriculumVersion\":\"old\"}]}";

        importJson(v2, "?mode=replace").statusCode(200);

        given().get("/api/revisits").then().body("due[0].nodeId", equalTo(NODE))
                .body("due[0].dueOn", equalTo("2026-11-20"));
    }
}
