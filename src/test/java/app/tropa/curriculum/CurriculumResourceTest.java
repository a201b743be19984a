package app.tropa.curriculum;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CurriculumResourceTest {

    @Test
    void shouldServeBundledCurriculumWithEveryCellFilled() {
        JsonPath json = given().when().get("/api/curriculum?lang=en")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("ideal-thinking", "technical-immersion", "integration", "elevation"),
                json.getList("phases.id"));
        assertEquals(List.of("use", "tune", "repair", "build"), json.getList("rungs.id"));
        List<Map<String, Object>> nodes = json.getList("nodes");
        for (String phase : json.<String>getList("phases.id")) {
            for (String rung : json.<String>getList("rungs.id")) {
                assertTrue(nodes.stream().anyMatch(n -> phase.equals(n.get("phase")) && rung.equals(n.get("rung"))),
                        "no node in cell " + phase + " × " + rung);
            }
        }
        assertTrue(json.getList("terms.id").containsAll(List.of("context-window", "lora-rank", "quantization")));
        assertEquals(12, json.getString("version").length());
    }

    @Test
    void shouldAnswerInRussianByQueryOrAcceptLanguage() {
        given().when().get("/api/curriculum?lang=ru")
                .then().statusCode(200)
                .body("lang", equalTo("ru"))
                .body("phases.title", hasItems("Идеальное мышление", "Интеграция"))
                .body("rungs.title", hasItems("Использовать", "Собрать"));

        given().header("Accept-Language", "ru-RU,ru;q=0.9").when().get("/api/curriculum")
                .then().statusCode(200)
                .body("phases[0].title", equalTo("Идеальное мышление"));

        given().header("Accept-Language", "en-GB").when().get("/api/curriculum")
                .then().statusCode(200)
                .body("phases[0].title", equalTo("Ideal thinking"))
                .body("phases[0].risk", equalTo("Detachment from what can be built; dispersion."));
    }

    @Test
    void shouldServeNodeWithLessonAndFieldInstruction() {
        Node node = BundledCurriculumContentTest.PATH.nodes().get(0);
        String heading = node.body().en().lines().filter(l -> l.startsWith("## ")).findFirst().orElseThrow().substring(3);

        given().when().get("/api/nodes/" + node.id() + "?lang=en")
                .then().statusCode(200)
                .body("id", equalTo(node.id()))
                .body("bodyHtml", startsWith("<"))
                .body("bodyHtml", org.hamcrest.Matchers.containsString("<h2>" + heading + "</h2>"))
                .body("checkpoints", equalTo(node.checkpoints().stream().map(Text::en).toList()))
                .body("vectorQuestion", equalTo(node.vectorQuestion().en()))
                .body("attentionPattern", equalTo(node.attentionPattern().en()));
    }

    @Test
    void shouldNotGetUnknownNode() {
        given().when().get("/api/nodes/no-such-node")
                .then().statusCode(404)
                .contentType("application/json")
                .body("error", equalTo("unknown-node"))
                .body("message", equalTo("There is no node with id 'no-such-node' in the curriculum."));
    }

    @Test
    void shouldAnswerUnknownApiPathWithJson404() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404)
                .contentType("application/json")
                .body("error", equalTo("not-found"));
    }
}
