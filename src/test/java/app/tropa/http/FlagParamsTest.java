package app.tropa.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Every yes-or-no parameter of the API answers a word it does not know the same way. */
@QuarkusTest
class FlagParamsTest {

    @Test
    void everyFlagOfTheApiRefusesAnUnknownWordNamingItself() {
        given().get("/api/terms?mine=maybe").then().statusCode(400)
                .body("error", equalTo("invalid-flag")).body("details.field", equalTo("mine"));
        given().get("/api/terms?hasMetaphor=maybe").then().statusCode(400)
                .body("error", equalTo("invalid-flag")).body("details.field", equalTo("hasMetaphor"));
        given().get("/api/export/markdown?sealed=maybe").then().statusCode(400)
                .body("error", equalTo("invalid-flag")).body("details.field", equalTo("sealed"));
        given().contentType("application/json").body("{}").post("/api/import?dryRun=maybe").then().statusCode(400)
                .body("error", equalTo("invalid-flag")).body("details.field", equalTo("dryRun"));
    }

    @Test
    void everyFlagTakesTheSameWordsForYes() {
        given().get("/api/terms?mine=on").then().statusCode(200);
        given().get("/api/terms?mine=yes&hasMetaphor=1").then().statusCode(200);
        given().get("/api/export/markdown?sealed=true").then().statusCode(200);
    }
}
