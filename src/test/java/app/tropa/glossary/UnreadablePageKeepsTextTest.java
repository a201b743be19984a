package app.tropa.glossary;

import app.tropa.FormSession;
import app.tropa.http.StorageFailure;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;

/**
 * A full disk can leave the database unreadable too: then the form's own page cannot be drawn
 * again, and the error page carries what the learner typed, in a form that sends it again.
 */
@QuarkusTest
class UnreadablePageKeepsTextTest {

    @InjectMock
    GlossaryService glossary;

    @InjectMock
    GlossaryViews views;

    private FormSession form;

    @BeforeEach
    void diskFullAndDatabaseUnreadable() {
        form = FormSession.open("/letters");
        Mockito.when(glossary.writeMetaphor(anyString(), anyString())).thenThrow(StorageFailure.problem());
        Mockito.when(glossary.writeCard(anyString(), any())).thenThrow(StorageFailure.problem());
        Mockito.when(views.term(anyString(), any(), anyBoolean(), any(), any())).thenThrow(new PersistenceException(
                "Unable to acquire JDBC Connection", new SQLException("No space left on device", "HY000", 90100)));
    }

    @Test
    void theMetaphorComesBackOnTheErrorPageReadyToSendAgainInTheLearnersLanguage() {
        String metaphor = "Сжатие как вакуумная упаковка: воздух уходит, вещь остаётся";
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("tropa-csrf", form.cookie()).cookie("tropa-lang", "ru")
                .formParam("_csrf", form.token()).formParam("text", metaphor)
                .post("/glossary/quantization/metaphor")
                .then().statusCode(507)
                .body(containsString("Освободите место на диске"))
                .body(containsString("Что вы написали — пока не сохранено"))
                .body(containsString("<form method=\"post\" action=\"/glossary/quantization/metaphor\""))
                .body(containsString("<label for=\"typed-1\">Ваш текст</label>"))
                .body(containsString("name=\"text\" rows=\"6\" aria-describedby=\"typed-note\">" + metaphor + "</textarea>"))
                .body(containsString("name=\"_csrf\" value=\"" + form.token() + "\""))
                .body(containsString("Отправить ещё раз"));
    }

    @Test
    void everyFieldOfTheCardComesBackTheWrittenOnesNumberedWithMarkupShownAsTyped() {
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("tropa-csrf", form.cookie()).cookie("tropa-lang", "en")
                .formParam("_csrf", form.token())
                .formParam("statement", "Fewer bits per weight <b>loses</b> detail")
                .formParam("example", "int4 of a 7B model")
                .formParam("counterexample", "").formParam("analogy", "a smaller palette")
                .formParam("application", "fits my laptop")
                .post("/glossary/quantization/card")
                .then().statusCode(507)
                .body(containsString("What you wrote, not saved yet"))
                .body(containsString("<label for=\"typed-1\">Your text, part 1</label>"))
                .body(containsString("name=\"statement\" rows=\"6\" aria-describedby=\"typed-note\">"
                        + "Fewer bits per weight &lt;b&gt;loses&lt;/b&gt; detail</textarea>"))
                .body(containsString("name=\"application\" rows=\"6\" aria-describedby=\"typed-note\">fits my laptop</textarea>"))
                .body(containsString("Your text, part 4"))
                .body(containsString("<input type=\"hidden\" name=\"counterexample\" value=\"\">"))
                .body(not(containsString("Your text, part 5")));
    }
}
