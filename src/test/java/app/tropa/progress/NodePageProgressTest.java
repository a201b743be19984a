package app.tropa.progress;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Marking progress on a node page with plain forms: post, then redirect back. */
@QuarkusTest
class NodePageProgressTest {

    static final String NODE = "/path/why-your-own-ai";

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
    }

    @Test
    void shouldMarkNodeDoneWithAForm() {
        FormSession form = FormSession.open(NODE + "?lang=en");

        given().redirects().follow(false).cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token()).formParam("status", "done")
                .post(NODE + "/status").then().statusCode(303)
                .header("Location", containsString(NODE + "#progress"));

        given().get(NODE + "?lang=en").then().statusCode(200)
                .body(containsString("class=\"status status-done\">done</strong>"))
                .body(containsString("status: not started → done"));
    }

    @Test
    void shouldTickCheckpointsWithAForm() {
        FormSession form = FormSession.open(NODE);

        given().redirects().follow(false).cookie("tropa-csrf", form.cookie())
                .formParam("_csrf", form.token()).formParam("checkpoint", 0).formParam("checkpoint", 1)
                .post(NODE + "/checkpoints").then().statusCode(303);

        given().get("/api/progress").then()
                .body("nodes.find { it.nodeId == 'why-your-own-ai' }.checkpoints", org.hamcrest.Matchers.contains(0, 1));
        given().get(NODE).then().body(containsString("value=\"0\" checked"));
    }

    @Test
    void shouldRefuseFormWithoutItsToken() {
        FormSession form = FormSession.open(NODE);

        given().cookie("tropa-csrf", form.cookie()).formParam("status", "done")
                .post(NODE + "/status").then().statusCode(403)
                .body(containsString("did not come from Tropa"));
        given().cookie("tropa-csrf", form.cookie()).formParam("_csrf", "forged-token-forged-token-forged-token")
                .formParam("status", "done").post(NODE + "/status").then().statusCode(403);
        given().get("/api/progress").then()
                .body("nodes.find { it.nodeId == 'why-your-own-ai' }.status", org.hamcrest.Matchers.equalTo("not_started"));
    }

    @Test
    void shouldKeepTypedNoteWhenItIsTooLong() {
        FormSession form = FormSession.open(NODE);
        String note = "Моя мысль <b>не потеряется</b> " + "ж".repeat(2100);

        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("tropa-csrf", form.cookie()).formParam("_csrf", form.token()).formParam("note", note)
                .post(NODE + "/note?lang=ru").then().statusCode(400)
                .body(containsString("помещается не больше 2000"))
                .body(containsString("Моя мысль &lt;b&gt;не потеряется&lt;/b&gt; жжж"))
                .body(containsString("aria-invalid=\"true\""))
                .body(not(containsString("<b>не потеряется")));
    }
}
