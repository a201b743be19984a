package app.tropa.http;

import app.tropa.LearnerData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * Input made to hurt: each is answered with a clear 4xx and nothing is kept. (Memory under such
 * input is measured by the benchmark, not timed here.)
 */
@QuarkusTest
class HostileInputTest {

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
    }

    @Test
    void aDeeplyNestedJsonBodyIsRefusedAsBadJsonNotAnError() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        given().contentType(ContentType.JSON).body("{\"body\":\"x\",\"tags\":" + deep + "}").post("/api/reflections")
                .then().statusCode(400).body("error", not(equalTo("internal-error")))
                .body(not(containsString("Exception")));
        given().get("/api/reflections").then().body("total", equalTo(0));
    }

    /** The schema version at the end, so nothing can be checked until every record has been read. */
    @Test
    void anImportOfAMillionTinyRecordsIsRefusedAtTheRecordCeilingAndChangesNothing() {
        String records = "{}," .repeat(999_999) + "{}";
        String backup = "{\"format\":\"tropa-backup\",\"progressEvents\":[" + records + "],\"schemaVersion\":3}";

        given().contentType(ContentType.JSON).body(backup).post("/api/import?mode=replace").then().statusCode(400)
                .body("error", equalTo("too-many-records")).body("details.place", equalTo("$.progressEvents[200000]"))
                .body("message", containsString("nothing was changed"));
        given().get("/api/reflections").then().body("total", equalTo(0));
    }

    @Test
    void aHundredThousandUnknownStepsInOneEntryAreRefusedNamingTheField() {
        String ids = IntStream.range(0, 100_000).mapToObj(i -> "\"no-such-step-" + i + "\"")
                .collect(Collectors.joining(","));

        given().contentType(ContentType.JSON).body("{\"body\":\"x\",\"nodeIds\":[" + ids + "]}")
                .post("/api/reflections").then().statusCode(400).body("details.field", equalTo("nodeIds"));
        given().get("/api/reflections").then().body("total", equalTo(0));
    }

    /**
     * The request line is held to the server's 4 KB before anything reads it, so a 4 MB search meets
     * the same refusal; sent whole, it would be cut off mid-send, so 64 KB shows the answer here.
     */
    @Test
    void anOversizeSearchIsRefusedBeforeAnySearchRuns() {
        String huge = "я".repeat(32 * 1024);

        given().urlEncodingEnabled(true).queryParam("q", huge).get("/api/reflections").then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)));
    }
}
