package app.tropa.tutor;

import app.tropa.LearnerData;
import app.tropa.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class TutorResourceTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    @Test
    void shouldShowFreshLearnerAFirstStep() {
        given().get("/api/tutor?lang=en").then().statusCode(200)
                .body("position.phase", equalTo("ideal-thinking"))
                .body("position.rung", equalTo("use"))
                .body("next.size()", equalTo(1))
                .body("next[0].nodeId", equalTo("why-your-own-ai"))
                .body("next[0].reason", containsString("Finishing it opens the way to"))
                .body("prompt", containsString("Phase: Ideal thinking."))
                .body("prompt", containsString("assembly point"))
                .body("streak.current", equalTo(0))
                .body("activity.size()", equalTo(365))
                .body("nudges.size()", equalTo(0));
    }

    @Test
    void shouldMovePositionStreakAndEventsAfterAWalkThroughThreeNodes() {
        Instant day = Instant.parse("2026-11-20T10:00:00Z");
        String[] walk = {"why-your-own-ai", "first-conversations", "instructions-as-intent"};
        for (String node : walk) {
            clock.set(day);
            put(node, "{\"status\":\"in_progress\"}");
            put(node, "{\"status\":\"done\"}");
            day = day.plus(Duration.ofDays(1));
        }
        clock.set(Instant.parse("2026-11-22T18:00:00Z"));

        given().get("/api/tutor?lang=en").then().statusCode(200)
                .body("position.phase", equalTo("ideal-thinking"))
                .body("position.rung", equalTo("tune"))
                .body("next.nodeId", hasItem("chat-api-basics"))
                .body("next.nodeId", not(hasItem("first-conversations")))
                .body("streak.current", equalTo(3))
                .body("streak.longest", equalTo(3))
                .body("activity[364].date", equalTo("2026-11-22"))
                .body("activity[364].count", equalTo(2))
                .body("activity[362].count", equalTo(2));
        given().get("/api/progress/events").then().body("size()", equalTo(6));
    }

    @Test
    void shouldNudgeDetachedLearnerAndStaySilentOnceSomethingStarts() {
        clock.set(Instant.now().plus(Duration.ofDays(10)));

        given().get("/api/tutor?lang=en").then().statusCode(200)
                .body("nudges.kind", hasItem("detachment"))
                .body("nudges[0].message", containsString("Detachment from what can be built"))
                .body("nudges[0].suggestion", not(equalTo("")));

        put("why-your-own-ai", "{\"status\":\"in_progress\"}");

        given().get("/api/tutor").then().statusCode(200).body("nudges.size()", equalTo(0));
    }

    @Test
    void shouldSpeakRussian() {
        given().get("/api/tutor?lang=ru").then().statusCode(200)
                .body("next[0].title", equalTo(given().get("/api/nodes/why-your-own-ai?lang=ru").jsonPath().getString("title")))
                .body("next[0].reason", containsString("Откроет путь"))
                .body("prompt", containsString("Фаза: Идеальное мышление."));
    }

    private static void put(String node, String json) {
        given().contentType(ContentType.JSON).body(json).put("/api/progress/" + node).then().statusCode(200);
    }
}
