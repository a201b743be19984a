package app.tropa.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

@QuarkusTest
class BenchStaticOffTest {

    @Test
    void shouldNotServeBenchFilesUnlessAsked() {
        given().get("/bench-static/dashboard.html").then().statusCode(404);
    }
}
