package app.tropa.progress;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProgressResourceTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    @Test
    void shouldStartNodeTickCheckpointsAndKeepNote() {
        put("why-your-own-ai", "{\"status\":\"in_progress\",\"checkpoints\":[1,0],\"note\":\"Начало пути 🚲\"}")
                .statusCode(200)
                .body("nodeId", equalTo("why-your-own-ai"))
                .body("status", equalTo("in_progress"))
                .body("checkpoints", contains(0, 1))
                .body("note", equalTo("Начало пути 🚲"))
                .body("startedAt", equalTo("2026-11-20T09:00:00Z"))
                .body("completedAt", nullValue())
                .body("openPrerequisites.size()", equalTo(0));
    }

    @Test
    void shouldMarkDoneAndRecordCompletion() {
        put("why-your-own-ai", "{\"status\":\"done\"}")
                .statusCode(200)
                .body("status", equalTo("done"))
                .body("startedAt", equalTo("2026-11-20T09:00:00Z"))
                .body("completedAt", equalTo("2026-11-20T09:00:00Z"));
    }

    @Test
    void shouldStartNodeWhenFirstCheckpointIsTicked() {
        put("why-your-own-ai", "{\"checkpoints\":[0]}").statusCode(200).body("status", equalTo("in_progress"));
    }

    @Test
    void shouldAllowDoneWithOpenPrerequisitesButSaySo() {
        put("first-conversations", "{\"status\":\"done\"}")
                .statusCode(200)
                .body("status", equalTo("done"))
                .body("openPrerequisites", contains("why-your-own-ai"));
    }

    @Test
    void shouldNotUpdateUnknownNode() {
        put("no-such-node", "{\"status\":\"done\"}")
                .statusCode(404)
                .body("error", equalTo("unknown-node"));
    }

    @Test
    void shouldRejectUnknownStatusListingAllowedValues() {
        put("why-your-own-ai", "{\"status\":\"finished\"}")
                .statusCode(400)
                .body("error", equalTo("invalid-status"))
                .body("message", equalTo("Status 'finished' is not one of not_started, in_progress, done, skipped."))
                .body("details.allowed", hasItem("skipped"));
    }

    @Test
    void shouldRejectCheckpointThatDoesNotExist() {
        put("why-your-own-ai", "{\"checkpoints\":[0,99]}")
                .statusCode(400)
                .body("error", equalTo("invalid-checkpoint"))
                .body("message", containsString("Checkpoint 99 does not exist"));
    }

    @Test
    void shouldRejectWrongTypesNamingTheField() {
        put("why-your-own-ai", "{\"checkpoints\":[\"first\"]}")
                .statusCode(400)
                .body("error", equalTo("invalid-field"))
                .body("message", containsString("checkpoints[0]"));
    }

    @Test
    void shouldRejectMalformedJson() {
        put("why-your-own-ai", "{\"status\": ")
                .statusCode(400)
                .body("error", equalTo("malformed-json"))
                .body("message", containsString("not valid JSON"));
    }

    @Test
    void shouldRejectTooLongNote() {
        put("why-your-own-ai", "{\"note\":\"" + "a".repeat(2001) + "\"}")
                .statusCode(400)
                .body("error", equalTo("note-too-long"));
    }

    /** Read from the curriculum, so a new step breaks no test here. */
    private static int bundledNodes() {
        return given().get("/api/curriculum").then().extract().jsonPath().getList("nodes").size();
    }

    @Test
    void shouldCountDoneSkippedAndTotalPerPhaseRungAndCell() {
        put("why-your-own-ai", "{\"status\":\"done\"}");
        put("first-conversations", "{\"status\":\"done\"}");
        put("instructions-as-intent", "{\"status\":\"skipped\"}");

        given().get("/api/progress").then().statusCode(200)
                .body("phases.'ideal-thinking'.done", equalTo(2))
                .body("phases.'ideal-thinking'.total", equalTo(11))
                .body("rungs.use.done", equalTo(2))
                .body("cells.find { it.phase == 'ideal-thinking' && it.rung == 'use' }.done", equalTo(2))
                .body("cells.find { it.phase == 'ideal-thinking' && it.rung == 'use' }.total", equalTo(2))
                .body("percent", equalTo(100 * 2 / (bundledNodes() - 1)))
                .body("nodes.find { it.nodeId == 'first-conversations' }.status", equalTo("done"))
                .body("nodes.find { it.nodeId == 'agents-and-tools' }.status", equalTo("not_started"));
    }

    @Test
    void shouldKeepEveryChangeInTheLogNewestFirst() {
        put("why-your-own-ai", "{\"status\":\"in_progress\"}");
        clock.set(Instant.parse("2026-11-21T09:00:00Z"));
        put("why-your-own-ai", "{\"checkpoints\":[0],\"note\":\"first thought\"}");
        clock.set(Instant.parse("2026-11-22T09:00:00Z"));
        put("why-your-own-ai", "{\"status\":\"done\",\"note\":\"second thought\"}");
        put("first-conversations", "{\"status\":\"in_progress\"}");

        given().get("/api/progress/events?nodeId=why-your-own-ai").then().statusCode(200)
                .body("size()", equalTo(5))
                .body("[0].at", equalTo("2026-11-22T09:00:00Z"))
                .body("kind", hasItem("checkpoint_ticked"))
                .body("find { it.kind == 'note' && it.to == 'second thought' }.from", equalTo("first thought"))
                .body("[4].kind", equalTo("status"))
                .body("[4].from", equalTo("not_started"))
                .body("[4].to", equalTo("in_progress"))
                .body("[4].curriculumVersion", notNullValue());

        given().get("/api/progress/events?from=2026-11-21&to=2026-11-21").then().statusCode(200)
                .body("size()", equalTo(2));
        given().get("/api/progress/events").then().statusCode(200).body("size()", equalTo(6));
    }

    @Test
    void shouldRejectBadDateFilter() {
        given().get("/api/progress/events?from=yesterday").then().statusCode(400)
                .body("error", equalTo("invalid-date"))
                .body("details.field", equalTo("from"));
    }

    @Test
    void shouldKeepProgressOfRetiredNode() {
        QuarkusTransaction.requiringNew().run(() -> {
            NodeProgress old = new NodeProgress();
            old.nodeId = "a-node-that-left";
            old.status = ProgressStatus.DONE;
            old.updatedAt = Instant.parse("2025-01-01T00:00:00Z");
            old.curriculumVersion = "000000000000";
            old.persist();
        });

        given().get("/api/progress").then().statusCode(200)
                .body("nodes.find { it.nodeId == 'a-node-that-left' }.retired", equalTo(true))
                .body("nodes.find { it.nodeId == 'a-node-that-left' }.status", equalTo("done"))
                .body("nodes.find { it.nodeId == 'why-your-own-ai' }.retired", equalTo(false));
        given().get("/path?lang=en").then().statusCode(200)
                .body(containsString("Retired steps"))
                .body(containsString("<code>a-node-that-left</code> — done"));
    }

    private static io.restassured.response.ValidatableResponse put(String node, String json) {
        return given().contentType(ContentType.JSON).body(json).when().put("/api/progress/" + node).then();
    }
}
