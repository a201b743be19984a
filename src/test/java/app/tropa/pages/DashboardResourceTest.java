package app.tropa.pages;

import app.tropa.LearnerData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class DashboardResourceTest {

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
    }

    @Test
    void shouldShowFreshLearnerAFirstStepOnTheDashboard() {
        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("<h1>Your path today</h1>"))
                .body(containsString("You are in Ideal thinking, on the rung “Use”."))
                .body(containsString("<a href=\"/path/why-your-own-ai\">"))
                .body(containsString("class=\"current\""))
                .body(containsString("role=\"img\" aria-labelledby=\"heatmap-title heatmap-desc\""))
                .body(containsString("Active on 0 of the last 365 days"));
    }

    @Test
    void shouldShowDashboardInRussian() {
        given().get("/?lang=ru").then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("<h1>Ваш путь сегодня</h1>"))
                .body(containsString("Вы здесь"));
    }
}
