package app.tropa.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * When a page being rendered next changes without any write: a rule that reads the clock (a card
 * or revisit falling due, a nudge's window, the pace's eight weeks) tells the instant its answer
 * next differs, and the page is kept no longer than the earliest. Outside a request (a scheduled
 * job) there is no page, and nothing is noted.
 */
@ApplicationScoped
public class KeptUntil {

    @Inject
    Window window;

    /** The answer read now may differ from {@code at} on; null: not before the data changes. */
    public void atMost(Instant at) {
        if (at != null && Arc.container().requestContext().isActive()) {
            window.atMost(at);
        }
    }

    /** The earliest instant noted in this request, or null. */
    Instant until() {
        return Arc.container().requestContext().isActive() ? window.until() : null;
    }

    @RequestScoped
    static class Window {

        private Instant until;

        synchronized void atMost(Instant at) {
            if (until == null || at.isBefore(until)) {
                until = at;
            }
        }

        synchronized Instant until() {
            return until;
        }
    }
}
