package app.tropa.pages;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PlacementResourceTest {

    private static final String FIRST_CELL = "{\"checkpoints\":{\"why-your-own-ai\":[0,1,2],"
            + "\"first-conversations\":[0,1,2],\"instructions-as-intent\":[0,1,2]}}";

    @Inject
    TestClock clock;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
        clock.set(Instant.parse("2026-12-02T10:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse post(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).post(path).then();
    }

    private static ValidatableResponse node(String id) {
        return given().get("/api/progress").then().statusCode(200).rootPath("nodes.find { it.nodeId == '" + id + "' }");
    }

    @Test
    void shouldPreviewWhereTheTicksPutTheLearnerWithoutSavingAnything() {
        post("/api/placement/preview?lang=en", FIRST_CELL).statusCode(200)
                .body("saved", equalTo(false))
                .body("changes.nodeId", equalTo(List.of("why-your-own-ai", "first-conversations",
                        "instructions-as-intent")))
                .body("changes.to", everyItem(equalTo("done")))
                .body("position.phase", equalTo("ideal-thinking")).body("position.rung", equalTo("tune"))
                .body("next[0].nodeId", equalTo("what-tuning-changes"));

        node("why-your-own-ai").body("status", equalTo("not_started"));
        given().get("/api/placement").then().statusCode(404).body("error", equalTo("no-placement"));
    }

    @Test
    void shouldMarkFullyTickedStepsDoneAndPartlyTickedOnesInProgress() {
        post("/api/placement", "{\"checkpoints\":{\"why-your-own-ai\":[0,1,2],\"first-conversations\":[2]}}")
                .statusCode(200).body("saved", equalTo(true))
                .body("next.nodeId", not(org.hamcrest.Matchers.hasItem("why-your-own-ai")));

        node("why-your-own-ai").body("status", equalTo("done")).body("checkpoints", equalTo(List.of(0, 1, 2)));
        node("first-conversations").body("status", equalTo("in_progress")).body("checkpoints", equalTo(List.of(2)));
        node("instructions-as-intent").body("status", equalTo("not_started"));
        given().get("/api/progress/events").then().statusCode(200).body("", hasSize(6))
                .body("source", everyItem(equalTo("placement")))
                .body("at", everyItem(equalTo("2026-12-02T10:00:00Z")));
    }

    @Test
    void shouldRefuseUnknownStepsAndCheckpointsNamingTheField() {
        post("/api/placement", "{\"checkpoints\":{\"no-such-step\":[0]}}").statusCode(400)
                .body("error", equalTo("unknown-node")).body("details.field", equalTo("checkpoints.no-such-step"));
        post("/api/placement/preview", "{\"checkpoints\":{\"why-your-own-ai\":[3]}}").statusCode(400)
                .body("error", equalTo("invalid-checkpoint")).body("details.field", equalTo("checkpoints.why-your-own-ai"));
        post("/api/placement", "{}").statusCode(400).body("error", equalTo("missing-checkpoints"))
                .body("details.field", equalTo("checkpoints"));
        given().get("/api/progress/events").then().body("", hasSize(0));
    }

    @Test
    void shouldUndoThePlacementTheSameDayPuttingEachStepBackAsItWas() {
        given().contentType(ContentType.JSON).body("{\"checkpoints\":[0]}").put("/api/progress/why-your-own-ai")
                .then().statusCode(200);
        clock.advance(Duration.ofMinutes(5));
        post("/api/placement", FIRST_CELL).statusCode(200);
        node("why-your-own-ai").body("status", equalTo("done"));
        given().get("/api/placement").then().statusCode(200).body("undoable", equalTo(true))
                .body("refusal", nullValue());

        clock.advance(Duration.ofHours(3));
        post("/api/placement/undo", "").statusCode(200).body("restored", equalTo(List.of("why-your-own-ai",
                "first-conversations", "instructions-as-intent")));

        node("why-your-own-ai").body("status", equalTo("in_progress")).body("checkpoints", equalTo(List.of(0)));
        node("first-conversations").body("status", equalTo("not_started")).body("checkpoints", hasSize(0))
                .body("startedAt", nullValue());
        given().get("/api/progress/events?nodeId=first-conversations").then()
                .body("source", equalTo(List.of("placement-undo", "placement-undo", "placement-undo",
                        "placement-undo", "placement", "placement", "placement", "placement")));
        post("/api/placement/undo", "").statusCode(409).body("error", equalTo("placement-undone"));
    }

    @Test
    void shouldRefuseTheUndoOnceTheDayHasPassed() {
        post("/api/placement", FIRST_CELL).statusCode(200);
        clock.advance(Duration.ofHours(14));

        post("/api/placement/undo", "").statusCode(409).body("error", equalTo("placement-too-late"));
        given().get("/api/placement").then().body("undoable", equalTo(false))
                .body("refusal", equalTo("placement-too-late"));
        node("why-your-own-ai").body("status", equalTo("done"));
    }

    @Test
    void shouldRefuseTheUndoWhenAStepWasChangedSince() {
        post("/api/placement", FIRST_CELL).statusCode(200);
        given().contentType(ContentType.JSON).body("{\"note\":\"my own words\"}").put("/api/progress/why-your-own-ai")
                .then().statusCode(200);

        post("/api/placement/undo", "").statusCode(409).body("error", equalTo("placement-changed"));
        node("first-conversations").body("status", equalTo("done"));
    }

    @Test
    void shouldRefuseAnUndoWithNoPlacement() {
        post("/api/placement/undo", "").statusCode(409).body("error", equalTo("no-placement"));
    }
}
