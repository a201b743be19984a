package app.tropa.review;

import app.tropa.platform.DataVersion;
import app.tropa.platform.Derived;
import app.tropa.platform.LearnerTime;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The review cards' {@link MemoryStats}: the log and states read once and kept until the data
 * changes (a long history has tens of thousands of reviews); the figures are worked out per request
 * for today.
 */
@ApplicationScoped
public class ReviewStats implements MemorySeries {

    @Override
    public String key() {
        return "reviews";
    }

    @Override
    public int order() {
        return 0;
    }

    @Inject
    LearnerTime time;

    @Inject
    DataVersion data;

    private Derived<Void, List<MemoryStats.Graded>> graded;
    private Derived<Void, List<MemoryStats.Held>> held;

    @PostConstruct
    void init() {
        graded = Derived.of(data, this::findGraded);
        held = Derived.of(data, this::findHeld);
    }

    @Override
    @Transactional
    public MemoryStats stats(int months) {
        return MemoryStats.of(graded.get(), held.get(), time.today(), months);
    }

    private List<MemoryStats.Graded> findGraded() {
        List<ReviewMemory.Row> rows = ReviewLog.getEntityManager().createQuery("select r.termId, r.grade, "
                + "r.reviewedAt, r.dueAt from ReviewLog r order by r.termId, r.reviewedAt, r.id", Object[].class)
                .getResultStream().map(r -> new ReviewMemory.Row((String) r[0], (String) r[1], (Instant) r[2],
                        (Instant) r[3])).toList();
        return List.copyOf(ReviewMemory.graded(rows, time.zone()));
    }

    private List<MemoryStats.Held> findHeld() {
        return ReviewState.getEntityManager().createQuery("select s.dueAt, s.stability from ReviewState s",
                Object[].class).getResultStream()
                .map(r -> new MemoryStats.Held(day((Instant) r[0]), (Double) r[1])).toList();
    }

    private LocalDate day(Instant instant) {
        return time.dayOf(instant);
    }
}
