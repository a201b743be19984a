package app.tropa.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupChecksTest {

    @Test
    void shouldAllowLoopbackWithoutPassword() {
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", "127.0.1.1"}) {
            assertEquals(Optional.empty(), StartupChecks.exposure(host, Optional.empty()), host);
        }
    }

    @Test
    void shouldRefuseWiderBindWithoutPasswordSayingHowToSetOne() {
        String reason = StartupChecks.exposure("0.0.0.0", Optional.empty()).orElseThrow();

        assertTrue(reason.contains("no password is set"), reason);
        assertTrue(reason.contains("tropa.auth.password-hash"), reason);
        assertTrue(reason.contains("HashPassword"), reason);
    }

    @Test
    void shouldRefuseWiderBindWithAPlainTextPassword() {
        assertTrue(StartupChecks.exposure("192.168.1.20", Optional.of("hunter2")).isPresent());
    }

    @Test
    void shouldAllowWiderBindWithAHash() {
        String hash = PasswordHash.hash("long enough".toCharArray());

        assertEquals(Optional.empty(), StartupChecks.exposure("0.0.0.0", Optional.of(hash)));
    }
}
