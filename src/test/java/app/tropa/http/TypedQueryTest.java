package app.tropa.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Typed query values and their constraints answer like every other refusal: a code naming the parameter. */
@QuarkusTest
class TypedQueryTest {

    @Test
    void aNumberOutsideItsRangeNamesTheParameter() {
        given().get("/api/reflections?size=101").then().statusCode(400)
                .body("error", equalTo("invalid-size")).body("details.field", equalTo("size"))
                .body("message", containsString("size must be less than or equal to 100"));
        given().get("/api/reflections?page=0").then().statusCode(400)
                .body("error", equalTo("invalid-page")).body("details.field", equalTo("page"));
        given().get("/api/reviews/due?limit=501").then().statusCode(400)
                .body("error", equalTo("invalid-limit")).body("details.field", equalTo("limit"));
    }

    @Test
    void aValueThatIsNoNumberOrNoDayNamesTheParameter() {
        given().get("/api/reviews/due?limit=ten").then().statusCode(400)
                .body("error", equalTo("invalid-limit")).body("message", equalTo("limit must be a whole number, not 'ten'."));
        given().get("/api/on-this-day?date=22.11.2026").then().statusCode(400)
                .body("error", equalTo("invalid-date")).body("details.field", equalTo("date"));
    }

    @Test
    void anEmptyValueCountsAsAbsent() {
        given().get("/api/reflections?size=&page=&from=").then().statusCode(200).body("size", equalTo(20))
                .body("page", equalTo(1));
        given().get("/api/on-this-day?date=").then().statusCode(200);
    }
}
