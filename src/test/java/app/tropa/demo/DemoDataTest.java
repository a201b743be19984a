package app.tropa.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void shouldFillAnEmptyFolderWithAYearOfHistory() {
        given().get("/api/reflections?size=1").then().statusCode(200).body("total", greaterThan(300));
        given().get("/api/progress").then().statusCode(200).body("percent", greaterThan(0));
        given().get("/api/terms?hasMetaphor=true").then().statusCode(200).body("size()", greaterThan(10));
        given().get("/api/tutor").then().statusCode(200).body("streak.longest", greaterThan(1));
        given().get("/?lang=en").then().statusCode(200).body(containsString("<svg"))
                .body(org.hamcrest.Matchers.not(containsString("Welcome to Tropa")));
    }

    @Test
    void shouldKeepSealedLettersSealed() {
        List<Map<String, Object>> letters = given().get("/api/letters").then().statusCode(200).extract()
                .jsonPath().getList("items");
        assertTrue(letters.stream().anyMatch(l -> Boolean.TRUE.equals(l.get("sealed")) && l.get("body") == null),
                "a sealed letter, without its text");
        assertTrue(letters.stream().anyMatch(l -> Boolean.FALSE.equals(l.get("sealed")) && l.get("body") != null),
                "an opened letter, with its text");
    }

    @Test
    void shouldNotWriteIntoAFolderThatHoldsData() {
        int before = given().get("/api/reflections?size=1").then().extract().path("total");
        demo.onStart(null);
        assertEquals(before, (int) given().get("/api/reflections?size=1").then().extract().path("total"));
    }
}
