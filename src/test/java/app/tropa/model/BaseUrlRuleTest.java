package app.tropa.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BaseUrlRuleTest {

    @Test
    void modelsOnThisMachineAreAccepted() {
        for (String url : new String[] {"http://localhost:11434/v1", "http://127.0.0.1:8081/v1", "http://127.3.2.1/v1",
                "http://[::1]:8000/v1", "https://LOCALHOST/v1"}) {
            assertEquals(Optional.empty(), BaseUrlRule.check(url, false), url);
        }
    }

    /**
     * The rule reads the address as text: nothing here is resolved or connected to, so these hosts
     * (documentation-only and .invalid names, private literals) are never contacted.
     */
    @Test
    void anyOtherHostIsRefusedWithoutLookingItUp() {
        for (String url : new String[] {"http://model.invalid:11434/v1", "http://192.168.1.20:11434/v1",
                "http://10.0.0.1/v1", "http://localhost.invalid/v1", "http://127.0.0.1.invalid/v1",
                "http://0.0.0.0:11434/v1", "http://[::2]/v1"}) {
            assertEquals(Optional.of(BaseUrlRule.Refusal.REMOTE), BaseUrlRule.check(url, false), url);
        }
    }

    @Test
    void remoteHostsAreAcceptedOnlyWhenTheLearnerAllowsThem() {
        assertEquals(Optional.empty(), BaseUrlRule.check("https://models.example.invalid/v1", true));
    }

    @Test
    void somethingThatIsNotAnHttpUrlIsRefused() {
        for (String url : new String[] {"localhost:11434", "ftp://localhost/v1", "http:///v1", "", "  ",
                "http://localhost/v1?x=1", "file:///etc/passwd"}) {
            assertEquals(Optional.of(BaseUrlRule.Refusal.NOT_A_URL), BaseUrlRule.check(url, false), url);
        }
    }
}
