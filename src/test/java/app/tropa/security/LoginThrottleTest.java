package app.tropa.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void shouldRefuseAfterTooManyFailuresInAMinuteThenAllowAgain() {
        LoginThrottle throttle = new LoginThrottle(clock, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttle.waitFor("127.0.0.1"));
            throttle.failed("127.0.0.1");
            now = now.plusSeconds(10);
        }

        assertEquals(Duration.ofSeconds(30), throttle.waitFor("127.0.0.1"));
        assertEquals(Duration.ZERO, throttle.waitFor("127.0.0.2"));

        now = now.plusSeconds(31);
        assertEquals(Duration.ZERO, throttle.waitFor("127.0.0.1"));
    }

    @Test
    void shouldForgetFailuresAfterSuccess() {
        LoginThrottle throttle = new LoginThrottle(clock, 2);
        throttle.failed("a");
        throttle.failed("a");
        throttle.succeeded("a");

        assertEquals(Duration.ZERO, throttle.waitFor("a"));
    }

    /** The addresses are only keys of the throttle's map: nothing connects to them. */
    @Test
    void addressesThatFailedOnceAndWentAwayAreForgotten() {
        LoginThrottle throttle = new LoginThrottle(clock, 5);
        for (int i = 0; i < 10_000; i++) {
            throttle.failed("10.0." + (i / 250) + "." + (i % 250));
        }
        assertEquals(10_000, throttle.remembered());
        now = now.plus(Duration.ofSeconds(61));
        throttle.failed("192.0.2.1");
        assertEquals(1, throttle.remembered(), "only the address that failed within the minute is kept");
        for (int i = 0; i < 1000; i++) {
            throttle.waitFor("198.51.100." + (i % 250) + "-" + i);
        }
        assertEquals(1, throttle.remembered(), "asking whether an address may try remembers nothing");
    }
}
