package app.tropa.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * The span a demo history covers and its one source of chance: every choice comes from one seeded
 * {@link Random}, drawn in a fixed order, so a seed and a day always give the same history.
 */
final class DemoClock {

    final Random random;
    final ZoneId zone;
    final Instant now;
    final LocalDate today;
    final LocalDate first;

    DemoClock(long seed, int years, Instant now, ZoneId zone) {
        this.random = new Random(seed);
        this.zone = zone;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.today = LocalDate.ofInstant(this.now, zone);
        this.first = today.minusYears(years);
    }

    long days() {
        return ChronoUnit.DAYS.between(first, today);
    }

    /** The local time on a day, as an instant, in whole minutes from midnight. */
    Instant at(LocalDate day, int minutes) {
        return day.atStartOfDay(zone).plusMinutes(minutes).toInstant();
    }

    /** An evening moment on the day, when this learner writes. */
    Instant evening(LocalDate day) {
        return at(day, 19 * 60 + random.nextInt(240));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int fromInclusive, int toInclusive) {
        return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    boolean past(Instant t) {
        return !t.isAfter(now);
    }

    /** English or Russian for one piece of writing; this learner writes Russian a little more often. */
    DemoWords.Bank bank() {
        return chance(0.55) ? DemoWords.RU : DemoWords.EN;
    }
}
