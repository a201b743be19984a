package app.tropa.curriculum;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestProfile(SmallCurriculumProfile.class)
class ConfiguredCurriculumTest {

    @Test
    void shouldUseCurriculumFolderFromConfig() {
        given().when().get("/api/curriculum")
                .then().statusCode(200)
                .body("nodes.size()", equalTo(3))
                .body("nodes[0].id", equalTo("seeing-the-whole"));
    }

    @Test
    void shouldEscapeCurriculumTextOnPages() {
        given().when().get("/path/tokens-up-close?lang=en")
                .then().statusCode(200)
                .body(containsString("Tokens &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; up close"))
                .body(containsString("&lt;script&gt;alert('body')"))
                .body(containsString("Look at tokens &amp; see &lt;b&gt;them&lt;/b&gt;."))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<script src=\"http")))
                .body(not(containsString("javascript:")))
                .body(containsString("href=\"https://example.org/\""));
    }

    @Test
    void shouldMarkEnglishFallbackOnRussianPage() {
        given().when().get("/path/tokens-up-close?lang=ru")
                .then().statusCode(200)
                .body(containsString("Этот урок ещё не переведён"))
                .body(containsString("Посмотреть на токены."));
    }

    @Test
    void shouldEscapeNodeTextInJson() {
        given().when().get("/api/nodes/tokens-up-close")
                .then().statusCode(200)
                .body("title", equalTo("Tokens <script>alert('title')</script> up close"))
                .body("bodyHtml", not(containsString("<script")))
                .body("bodyHtml", not(containsString("javascript:")));
    }
}
