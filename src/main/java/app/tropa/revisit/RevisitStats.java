package app.tropa.revisit;

import app.tropa.platform.DataVersion;
import app.tropa.platform.Derived;
import app.tropa.platform.LearnerTime;
import app.tropa.review.Grade;
import app.tropa.review.MemorySeries;
import app.tropa.review.MemoryStats;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How done steps are holding, beside the review cards on the stats page: the revisit log read as
 * graded events, the schedule as what is held. Unlike a card's first review, a step's first revisit
 * had a schedule (a week after the step was done), so it counts as due when it came that late.
 */
@ApplicationScoped
public class RevisitStats implements MemorySeries {

    @Inject
    LearnerTime time;

    @Inject
    DataVersion data;

    @Inject
    RevisitService revisits;

    private Derived<Void, List<MemoryStats.Graded>> graded;

    @PostConstruct
    void init() {
        graded = Derived.of(data, this::findGraded);
    }

    @Override
    public String key() {
        return "revisits";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    @Transactional
    public MemoryStats stats(int months) {
        List<MemoryStats.Held> held = revisits.inSchedule().stream()
                .map(s -> new MemoryStats.Held(time.dayOf(s.dueAt), s.stability)).toList();
        return MemoryStats.of(graded.get(), held, time.today(), months);
    }

    private List<MemoryStats.Graded> findGraded() {
        List<Row> rows = RevisitLog.<RevisitLog>list("order by nodeId, revisitedAt, id").stream()
                .map(l -> new Row(l.nodeId, l.grade, l.revisitedAt, l.elapsedDays, l.dueAt)).toList();
        return graded(rows, time.zone());
    }

    /** One revisit: the step, the grade's code, when, the days since the last (or since done), the due time it set. */
    record Row(String nodeId, String grade, Instant at, int elapsedDays, Instant dueAfter) {
    }

    /** Rows in order of step, then time. A first revisit is due a week or more after the step was done. */
    static List<MemoryStats.Graded> graded(List<Row> rows, ZoneId zone) {
        List<MemoryStats.Graded> out = new ArrayList<>(rows.size());
        Row previous = null;
        for (Row row : rows) {
            LocalDate day = LocalDate.ofInstant(row.at(), zone);
            boolean sameStep = previous != null && Objects.equals(previous.nodeId(), row.nodeId());
            boolean due = sameStep ? !day.isBefore(LocalDate.ofInstant(previous.dueAfter(), zone))
                    : row.elapsedDays() >= (int) RevisitSchedule.FIRST_STABILITY_DAYS;
            out.add(new MemoryStats.Graded(day, Grade.AGAIN.code().equals(row.grade()), due));
            previous = row;
        }
        return out;
    }
}
