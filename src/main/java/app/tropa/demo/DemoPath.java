package app.tropa.demo;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.exchange.Records;
import app.tropa.progress.ProgressEvent;
import app.tropa.progress.ProgressStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo learner's walk along the path: nodes taken one after another in map order (each after
 * its prerequisites), spread over the years, most done, a few skipped, one in progress at the end,
 * with the events each change leaves in the log.
 */
final class DemoPath {

    /** One node's time on the path; {@code end} is the day it was closed, or null while open. */
    record Step(Node node, LocalDate start, LocalDate end, ProgressStatus outcome, Instant closedAt) {

        boolean doneBy(Instant t) {
            return outcome == ProgressStatus.DONE && !closedAt.isAfter(t);
        }
    }

    private final DemoClock clock;
    private final String version;
    private final List<Step> steps = new ArrayList<>();
    final List<Records.Progress> progress = new ArrayList<>();
    final List<Records.Event> events = new ArrayList<>();

    DemoPath(Curriculum curriculum, DemoClock clock, int years) {
        this.clock = clock;
        this.version = curriculum.version();
        List<Node> order = takeOrder(curriculum.nodes());
        int closed = (int) Math.round(order.size() * Math.min(0.92, 0.35 + 0.12 * years));
        long slot = Math.max(1, clock.days() / (closed + 1));
        for (int k = 0; k < closed; k++) {
            LocalDate start = clock.first.plusDays(k * slot + clock.random.nextInt((int) Math.max(1, slot / 4)));
            if (k % 17 == 16) {
                skip(order.get(k), start);
            } else {
                done(order.get(k), start, start.plusDays(1 + clock.random.nextInt((int) Math.max(1, slot / 2))));
            }
        }
        if (closed < order.size()) {
            inProgress(order.get(closed), clock.first.plusDays(closed * slot));
        }
    }

    /** Map order, except that a node waits until its prerequisites are taken. */
    private static List<Node> takeOrder(List<Node> nodes) {
        List<Node> left = new ArrayList<>(nodes);
        List<Node> order = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        while (!left.isEmpty()) {
            Node next = left.stream().filter(n -> taken.containsAll(n.prerequisites())).findFirst()
                    .orElse(left.get(0));
            left.remove(next);
            order.add(next);
            taken.add(next.id());
        }
        return order;
    }

    private void done(Node node, LocalDate start, LocalDate end) {
        Instant started = clock.evening(start);
        Instant closed = clock.at(end, 22 * 60 + clock.random.nextInt(90));
        if (!clock.past(closed)) {
            inProgress(node, start);
            return;
        }
        event(node, ProgressEvent.STATUS, "not_started", "in_progress", null, started);
        List<Integer> ticked = ticks(node, node.checkpoints().size(), started, closed);
        String note = null;
        if (clock.chance(0.6)) {
            DemoWords.Bank words = clock.bank();
            note = clock.pick(words.middles()).replace("{term}", node.title().in(words.lang()));
            event(node, ProgressEvent.NOTE, null, note, null, closed.minusSeconds(600));
        }
        event(node, ProgressEvent.STATUS, "in_progress", "done", null, closed);
        progress.add(new Records.Progress(node.id(), "done", ticked, note, started, closed, closed, version));
        steps.add(new Step(node, start, end, ProgressStatus.DONE, closed));
    }

    private void skip(Node node, LocalDate day) {
        Instant at = clock.evening(day);
        event(node, ProgressEvent.STATUS, "not_started", "skipped", null, at);
        progress.add(new Records.Progress(node.id(), "skipped", List.of(), null, null, null, at, version));
        steps.add(new Step(node, day, day, ProgressStatus.SKIPPED, at));
    }

    private void inProgress(Node node, LocalDate start) {
        LocalDate day = start.isBefore(clock.today) ? start : clock.today.minusDays(1);
        Instant started = clock.at(day, 19 * 60);
        event(node, ProgressEvent.STATUS, "not_started", "in_progress", null, started);
        Instant last = clock.now.minusSeconds(3600);
        List<Integer> ticked = ticks(node, node.checkpoints().size() / 2, started, last);
        progress.add(new Records.Progress(node.id(), "in_progress", ticked, null, started, null,
                ticked.isEmpty() ? started : last, version));
        steps.add(new Step(node, day, null, ProgressStatus.IN_PROGRESS, null));
    }

    private List<Integer> ticks(Node node, int count, Instant from, Instant to) {
        List<Integer> ticked = new ArrayList<>();
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        for (int i = 0; i < count; i++) {
            event(node, ProgressEvent.CHECKPOINT_TICKED, null, null, i, from.plusSeconds(span * (i + 1) / (count + 2)));
            ticked.add(i);
        }
        return ticked;
    }

    private void event(Node node, String kind, String from, String to, Integer checkpoint, Instant at) {
        events.add(new Records.Event(node.id(), kind, from, to, checkpoint, at, version, null));
    }

    /** The step the learner was on that day: the first one not yet closed before it. */
    Step on(LocalDate day) {
        for (Step s : steps) {
            if (s.outcome() != ProgressStatus.SKIPPED && (s.end() == null || !s.end().isBefore(day))) {
                return s;
            }
        }
        return steps.get(steps.size() - 1);
    }

    /** The first day the learner opened a node that names the term, if they reached one. */
    Optional<LocalDate> reached(String termId) {
        return steps.stream().filter(s -> s.outcome() != ProgressStatus.SKIPPED)
                .filter(s -> s.node().terms().contains(termId)).map(Step::start).findFirst();
    }

    /** A node still some steps ahead of the given day, for a letter waiting for a milestone. */
    Optional<Step> ahead(LocalDate day, int by) {
        int at = steps.indexOf(on(day));
        return at + by < steps.size() ? Optional.of(steps.get(at + by)) : Optional.empty();
    }

    List<Step> steps() {
        return steps;
    }
}
