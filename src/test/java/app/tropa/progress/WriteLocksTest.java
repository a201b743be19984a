package app.tropa.progress;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests for node ids that do not exist are refused without leaving anything behind. */
@QuarkusTest
class WriteLocksTest {

    @Inject
    ProgressService progress;

    @Inject
    app.tropa.curriculum.CurriculumSource source;

    @Test
    void unknownNodeIdsDoNotGrowTheWriteLocks() {
        for (int i = 0; i < 2000; i++) {
            given().contentType(ContentType.JSON).body("{\"status\":\"done\"}")
                    .put("/api/progress/no-such-node-" + i).then().statusCode(404);
        }
        assertTrue(progress.lockCount() <= source.get().nodes().size(),
                progress.lockCount() + " locks for " + source.get().nodes().size() + " nodes");
    }
}
