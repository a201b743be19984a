package app.tropa.e2e;

import app.tropa.model.TutorConnection;
import app.tropa.talk.FakeModelServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A talk with the tutor as the learner has it: from a step's page, the answer streaming in. */
@QuarkusTest
class TalkBrowserTest extends BrowserTest {

    @Inject
    TutorConnection connection;

    FakeModelServer model;

    @BeforeEach
    void connect() throws Exception {
        model = new FakeModelServer();
        connection.save(new TutorConnection.Change(model.baseUrl(), "tutor-small", "", 10));
    }

    @AfterEach
    void disconnect() {
        connection.save(new TutorConnection.Change("", "", "", null));
        model.close();
    }

    private WebElement button(String label) {
        return driver.findElements(By.cssSelector("button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "'"));
    }

    private void write(String text) {
        WebElement area = find("#talk-message");
        area.clear();
        area.sendKeys(text);
    }

    private void waitForTalkPage() {
        waitUp().until(d -> d.getCurrentUrl().matches(".*/tutor/\\d+(#latest)?$")
                && Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete';")));
    }

    @Test
    void aTalkStartedFromAStepStreamsItsAnswerAndIsThereAfterAReload() {
        model.then(new FakeModelServer.Stream(List.of("What ", "would ", "you ", "ask ", "**first**?"), 400));
        open("/path/chat-api-basics?lang=en");
        clickAndWait(find("a.talk-about"));
        assertTrue(text("h1").startsWith("Talk:"), text("h1"));
        write("How do I start?");
        button("Send").click();

        waitUp().until(d -> find(".talk-live-text").getText().startsWith("What would"));
        assertTrue(button("Stop").isDisplayed(), "a stop button while the answer streams");
        waitForTalkPage();
        assertTrue(text(".talk").contains("How do I start?"));
        assertEquals("first", find(".from-tutor .prose strong").getText());
        screenshot("talk-en-1280");
        assertEquals(List.of(), seriousAccessibilityProblems());

        driver.navigate().refresh();
        assertTrue(text(".from-tutor").contains("What would you ask first?"));
    }

    @Test
    void withTheModelDownTheMessageIsKeptAndTryAgainAnswersIt() throws Exception {
        model.close();
        open("/path/chat-api-basics?lang=ru");
        clickAndWait(find("a.talk-about"));
        write("Сообщение, которое нельзя терять");
        button("Отправить").click();
        waitForTalkPage();
        assertTrue(text(".from-learner").contains("Сообщение, которое нельзя терять"));
        assertTrue(text(".talk-unanswered").contains("Сервер модели не ответил"), text(".talk-unanswered"));
        screenshot("talk-unanswered-ru-1280");

        try (FakeModelServer again = new FakeModelServer()) {
            connection.save(new TutorConnection.Change(again.baseUrl(), "tutor-small", "", 10));
            again.answers("Теперь я здесь.");
            button("Попробовать ещё раз").click();
            waitUp().until(d -> all(".from-tutor").size() == 1);
            assertTrue(text(".from-tutor").contains("Теперь я здесь."));
            assertTrue(all(".talk-unanswered").isEmpty());
        }
    }

    @Test
    void stoppingAnAnswerKeepsTheMessageToTryAgain() {
        model.then(new FakeModelServer.Stream(List.of("One ", "piece ", "at ", "a ", "time ", "slowly"), 1500));
        open("/tutor/new?about=today&lang=en");
        write("Take your time.");
        button("Send").click();
        waitUp().until(d -> find(".talk-live-text").getText().startsWith("One"));
        button("Stop").click();
        waitForTalkPage();
        waitUp().until(d -> {
            d.navigate().refresh();
            return !all(".talk-unanswered").isEmpty();
        });
        assertTrue(text(".talk-unanswered").contains("You stopped the answer"), text(".talk-unanswered"));
        assertTrue(text(".from-learner").contains("Take your time."));
    }
}
