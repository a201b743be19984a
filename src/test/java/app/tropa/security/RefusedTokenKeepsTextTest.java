package app.tropa.security;

import app.tropa.FormSession;
import app.tropa.LearnerData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * A post refused for its token (a browser that lost its cookie, or a page from elsewhere) shows
 * back what was written, to copy; it never offers to send it, and nothing is saved.
 */
@QuarkusTest
class RefusedTokenKeepsTextTest {

    @BeforeEach
    void fresh() {
        LearnerData.wipe();
    }

    @Test
    void aMetaphorWhoseTokenIsGoneComesBackToCopyNotToSend() {
        String metaphor = "Квантование — как сжать реку до ручья <и не потерять русло>";
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("tropa-lang", "ru")
                .formParam("_csrf", "a-token-from-a-browser-session-that-ended")
                .formParam("text", metaphor)
                .post("/glossary/quantization/metaphor")
                .then().statusCode(403)
                .body(containsString("Эта форма устарела"))
                .body(containsString("Что вы написали — пока не сохранено"))
                .body(containsString("Скопируйте отсюда свой текст"))
                .body(containsString("readonly aria-describedby=\"typed-note\">"
                        + "Квантование — как сжать реку до ручья &lt;и не потерять русло&gt;</textarea>"))
                .body(not(containsString("id=\"typed-form\"")))
                .body(not(containsString("Отправить ещё раз")));
        given().get("/api/terms/quantization/metaphors").then().statusCode(200)
                .body(not(containsString("Квантование")));
    }

    @Test
    void aJournalEntryWithAForeignTokenShowsItsWordsButNotTheDateOrKind() {
        FormSession other = FormSession.open("/journal");
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("tropa-lang", "en")
                .cookie(CsrfToken.COOKIE, other.cookie())
                .formParam("_csrf", "forged").formParam("date", "2026-12-03").formParam("kind", "daily")
                .formParam("body", "What I understood about context windows today.")
                .post("/journal")
                .then().statusCode(403)
                .body(containsString("Copy your text from here"))
                .body(containsString("<label for=\"typed-1\">Your text</label>"))
                .body(containsString(">What I understood about context windows today.</textarea>"))
                .body(not(containsString(">2026-12-03</textarea>")))
                .body(not(containsString("Send again")));
    }

    @Test
    void aRefusedPostWithNoWordsInItShowsThePlainRefusal() {
        given().formParam("_csrf", "forged").formParam("status", "done")
                .post("/path/why-your-own-ai/status")
                .then().statusCode(403)
                .body(containsString("did not come from Tropa"))
                .body(not(containsString("typed-heading")));
    }
}
