package app.tropa.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@TestProfile(DemoDataProfile.class)
class BenchStaticTest {

    static final Path DIR = Path.of("target/bench-static-test");

    @Test
    void shouldServeThePageBytesItWasGiven() throws IOException {
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("dashboard.html"), "<p>the same bytes, ёжик</p>");
        given().get("/bench-static/dashboard.html").then().statusCode(200)
                .body(equalTo("<p>the same bytes, ёжик</p>"));
    }

    @Test
    void shouldServeNothingOutsideItsFolder() {
        given().urlEncodingEnabled(false).get("/bench-static/../../pom.xml").then().statusCode(404)
                .body(not(containsString("<artifactId>tropa</artifactId>")));
        given().urlEncodingEnabled(false).get("/bench-static/%2e%2e/%2e%2e/pom.xml").then().statusCode(404)
                .body(not(containsString("<artifactId>tropa</artifactId>")));
        given().get("/bench-static/").then().statusCode(not(equalTo(200)));
    }
}
