package app.tropa.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashTest {

    @Test
    void shouldMatchOnlyTheRightPassword() {
        String hash = PasswordHash.hash("тропа в гору 42".toCharArray());

        assertTrue(hash.startsWith("pbkdf2-sha256$210000$"));
        assertTrue(PasswordHash.matches("тропа в гору 42".toCharArray(), hash));
        assertFalse(PasswordHash.matches("тропа в гору 43".toCharArray(), hash));
    }

    @Test
    void shouldSaltEveryHash() {
        assertNotEquals(PasswordHash.hash("same password".toCharArray()), PasswordHash.hash("same password".toCharArray()));
    }

    @Test
    void shouldNeverMatchMalformedHash() {
        assertFalse(PasswordHash.matches("x".toCharArray(), "plain-text-password"));
        assertFalse(PasswordHash.matches("x".toCharArray(), "pbkdf2-sha256$abc$!!$!!"));
        assertFalse(PasswordHash.matches("x".toCharArray(), null));
        assertFalse(PasswordHash.isWellFormed("secret"));
    }
}
