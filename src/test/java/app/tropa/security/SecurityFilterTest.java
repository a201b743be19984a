package app.tropa.security;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SecurityFilterTest {

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
    }

    @Test
    void shouldRefuseForeignHost() {
        given().header("Host", "attacker.example").get("/path").then().statusCode(403)
                .body(containsString("only to the names"));
        given().header("Host", "attacker.example").get("/api/curriculum").then().statusCode(403)
                .body("error", equalTo("forbidden-host"));
        given().header("Host", "attacker.example").get("/css/tropa.css").then().statusCode(403);
    }

    @Test
    void shouldRefuseCrossOriginApiWrite() {
        given().header("Origin", "http://attacker.example").contentType("application/json").body("{\"status\":\"done\"}")
                .put("/api/progress/why-your-own-ai").then().statusCode(403)
                .body("error", equalTo("cross-site-request"));
        given().get("/api/progress").then()
                .body("nodes.find { it.nodeId == 'why-your-own-ai' }.status", not(equalTo("done")));
    }

    @Test
    void shouldRefuseCrossSiteFormPost() {
        // A valid form token, so only the browser's word that the post is cross-site can refuse it.
        FormSession form = FormSession.open("/path/why-your-own-ai");
        given().header("Sec-Fetch-Site", "cross-site").cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token()).formParam("status", "done")
                .post("/path/why-your-own-ai/status").then().statusCode(403)
                .body(containsString("another site"));
        given().get("/api/progress").then()
                .body("nodes.find { it.nodeId == 'why-your-own-ai' }.status", not(equalTo("done")));
        given().header("Sec-Fetch-Site", "same-origin").cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token()).formParam("status", "done")
                .post("/path/why-your-own-ai/status").then().statusCode(200);
        given().get("/api/progress").then()
                .body("nodes.find { it.nodeId == 'why-your-own-ai' }.status", equalTo("done"));
    }

    @Test
    void shouldRefusePlainTextToTheApi() {
        given().contentType("text/plain").body("{\"status\":\"done\"}")
                .put("/api/progress/why-your-own-ai").then().statusCode(415)
                .body("error", equalTo("unsupported-media-type"));
    }

    @Test
    void shouldAnswerOversizeBodyWithJson413() {
        given().contentType("application/json").body("{\"note\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}")
                .put("/api/progress/why-your-own-ai").then().statusCode(413)
                .body("error", equalTo("payload-too-large"));
    }

    @Test
    void shouldSendSecurityHeadersOnEveryPage() {
        for (String path : new String[] {"/", "/path", "/path/why-your-own-ai", "/api/curriculum", "/css/tropa.css",
                "/no-such-page"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
    }

    @Test
    void shouldNotRunInlineScriptOnAnyPage() {
        for (String path : new String[] {"/", "/path", "/path/why-your-own-ai"}) {
            given().get(path).then().body(not(containsString("<script>"))).body(not(containsString(" style=\"")));
        }
    }
}
