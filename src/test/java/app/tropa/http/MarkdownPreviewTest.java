package app.tropa.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class MarkdownPreviewTest {

    @Test
    void aPreviewIsTheSavedPagesOwnSafeRendering() {
        given().contentType(ContentType.JSON).body(Map.of("text", "**Жирный** <script>alert(1)</script> [x](javascript:alert(1))"))
                .post("/api/markdown/preview").then().statusCode(200)
                .body("html", containsString("<strong>Жирный</strong>"))
                .body("html", containsString("&lt;script&gt;"))
                .body("html", not(containsString("javascript:")));
    }

    @Test
    void withoutTextThereIsNothingToPreview() {
        given().contentType(ContentType.JSON).body("{}").post("/api/markdown/preview").then().statusCode(400)
                .body("error", equalTo("invalid-text")).body("details.field", equalTo("text"));
        given().contentType(ContentType.URLENC).formParam("text", "x").post("/api/markdown/preview").then()
                .statusCode(415);
    }

    @Test
    void theEditorsOfWritingOfferAPreview() {
        given().get("/journal?lang=ru").then().body(containsString("data-preview=\"Предпросмотр\""))
                .body(containsString("<script src=\"/js/markdown-preview.js\" defer></script>"));
        given().get("/letters?lang=en").then().body(containsString("data-preview=\"Preview\""));
        given().get("/glossary/token?lang=en").then()
                .body(containsString("id=\"text\" name=\"text\" rows=\"3\" data-preview=\"Preview\""))
                .body(containsString("id=\"card-example\" name=\"example\" rows=\"2\" data-preview=\"Preview\""));
        given().get("/path/why-your-own-ai?lang=en").then()
                .body(containsString("id=\"note\" name=\"note\" rows=\"4\" data-preview=\"Preview\""));
    }

    @Test
    void aMetaphorShowsAsItsPreviewDidAndStaysInert() {
        app.tropa.LearnerData.wipe();
        given().contentType(ContentType.JSON).body(Map.of("text", "a **grain** of meaning <script>alert(1)</script>"))
                .post("/api/terms/token/metaphors").then().statusCode(201);

        given().get("/glossary/token?lang=en").then().statusCode(200)
                .body(containsString("a <strong>grain</strong> of meaning &lt;script&gt;"))
                .body(not(containsString("<script>alert")));
    }
}
