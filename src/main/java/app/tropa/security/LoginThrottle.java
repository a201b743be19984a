package app.tropa.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per address in a sliding minute; past the limit, that address must wait
 * until its oldest failure is a minute old. Guessing a password becomes hopelessly slow.
 */
public final class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final int maxFailures;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxFailures) {
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    /** How long the address must still wait; zero when it may try. Asking remembers nothing new. */
    public Duration waitFor(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return Duration.ZERO;
        }
        Instant cutoff = clock.instant().minus(WINDOW);
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
                recent.removeFirst();
            }
            if (recent.size() < maxFailures) {
                return Duration.ZERO;
            }
            return Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW));
        }
    }

    public void failed(String address) {
        forgetQuietAddresses();
        Deque<Instant> recent = prune(address);
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    /**
     * Addresses whose failures are all older than the window are forgotten, so addresses that
     * fail once and go away cannot grow the map without bound.
     */
    private void forgetQuietAddresses() {
        Instant cutoff = clock.instant().minus(WINDOW);
        failures.entrySet().removeIf(e -> {
            Deque<Instant> d = e.getValue();
            synchronized (d) {
                return d.isEmpty() || !d.peekLast().isAfter(cutoff);
            }
        });
    }

    /** How many addresses are remembered now. */
    int remembered() {
        return failures.size();
    }

    public void succeeded(String address) {
        failures.remove(address);
    }

    private Deque<Instant> prune(String address) {
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        Instant cutoff = clock.instant().minus(WINDOW);
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
                recent.removeFirst();
            }
        }
        return recent;
    }
}
