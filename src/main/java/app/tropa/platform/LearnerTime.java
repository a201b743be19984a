package app.tropa.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Now and today, as the learner lives them: the injected clock in the learner's time zone. */
@ApplicationScoped
public class LearnerTime {

    @Inject
    Clock clock;

    @Inject
    TropaConfig config;

    private ZoneId zone;

    /** The system clock; tests replace it with one they can move. */
    @Produces
    @Singleton
    static Clock systemClock() {
        return Clock.systemUTC();
    }

    public ZoneId zone() {
        if (zone == null) {
            zone = config.timeZone().orElse(ZoneId.systemDefault());
        }
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    public Clock clock() {
        return clock;
    }
}
