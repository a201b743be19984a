package app.tropa.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Now and today, as the learner lives them: the injected clock in the learner's time zone — the
 * one saved on the settings page, else {@code tropa.time-zone}, else the system's.
 */
@ApplicationScoped
public class LearnerTime {

    /** Where the settings page keeps the learner's zone among the data folder's facts. */
    public static final String ZONE_KEY = "time-zone";

    @Inject
    Clock clock;

    @Inject
    TropaConfig config;

    /** Held in memory: every request asks for the zone, often on threads that must not read the database. */
    private volatile ZoneId saved;

    /** The system clock; tests replace it with one they can move. */
    @Produces
    @Singleton
    static Clock systemClock() {
        return Clock.systemUTC();
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        reload();
    }

    /** Reads the saved zone again, after anything that may have changed it (an import). */
    @Transactional
    public void reload() {
        saved = AppMeta.get(ZONE_KEY).flatMap(LearnerTime::parse).orElse(null);
    }

    public ZoneId zone() {
        ZoneId s = saved;
        return s != null ? s : configured();
    }

    /** The zone without the learner's saved choice: the config's, else the system's. */
    public ZoneId configured() {
        return config.timeZone().orElse(ZoneId.systemDefault());
    }

    /** Whether the learner saved a zone on the settings page. */
    public boolean zoneSaved() {
        return saved != null;
    }

    /** Keeps the learner's zone in the data folder; null goes back to the configured one. */
    @Transactional
    public void saveZone(ZoneId zone) {
        if (zone == null) {
            AppMeta.deleteById(ZONE_KEY);
        } else {
            AppMeta.put(ZONE_KEY, zone.getId());
        }
        saved = zone;
    }

    /** A zone id as the settings page and a backup hold it; empty when it is not one. */
    public static Optional<ZoneId> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
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
