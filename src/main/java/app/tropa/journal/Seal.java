package app.tropa.journal;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Phase;
import app.tropa.progress.ProgressStatus;
import app.tropa.progress.Position;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What keeps a letter closed: a day, reaching a phase ({@code phase:<id>}: the tutor's position
 * is in that phase or a later one) or finishing a node ({@code node:<id>}: its status is done).
 * Opening is for good: once open, a letter never seals again.
 */
public record Seal(Type type, LocalDate day, String id) {

    public enum Type {
        DAY, PHASE, NODE, UNKNOWN
    }

    /** What the rules look at, all from the learner's data now. */
    public record Now(LocalDate today, Curriculum curriculum, Position position,
            Map<String, ProgressStatus> statuses) {
    }

    public static Seal onDay(LocalDate day) {
        return new Seal(Type.DAY, day, null);
    }

    static Seal unknown(String text) {
        return new Seal(Type.UNKNOWN, null, text);
    }

    /** {@code phase:<id>} or {@code node:<id>}; anything else is empty. */
    public static Optional<Seal> parse(String milestone) {
        if (milestone == null) {
            return Optional.empty();
        }
        String m = milestone.strip();
        if (m.startsWith("phase:") && m.length() > "phase:".length()) {
            return Optional.of(new Seal(Type.PHASE, null, m.substring("phase:".length())));
        }
        if (m.startsWith("node:") && m.length() > "node:".length()) {
            return Optional.of(new Seal(Type.NODE, null, m.substring("node:".length())));
        }
        return Optional.empty();
    }

    /** The milestone as stored and sent: {@code phase:<id>} or {@code node:<id>}; null for a day. */
    public String milestone() {
        return switch (type) {
            case PHASE -> "phase:" + id;
            case NODE -> "node:" + id;
            case DAY -> null;
            case UNKNOWN -> id;
        };
    }

    /**
     * True when the condition is met. A milestone the curriculum no longer has can never be
     * reached, so its letter opens rather than keep the learner's words sealed for good.
     */
    public boolean isMet(Now now) {
        return switch (type) {
            case DAY -> !now.today().isBefore(day);
            case PHASE -> now.curriculum().phase(id).map(p -> reached(now, p)).orElse(true);
            case NODE -> now.statuses().get(id) == ProgressStatus.DONE || now.curriculum().node(id).isEmpty();
            case UNKNOWN -> true;
        };
    }

    private static boolean reached(Now now, Phase phase) {
        return now.curriculum().phase(now.position().phase()).map(Phase::order).orElse(0) >= phase.order();
    }

    /** True when the milestone names a phase or node the curriculum has. */
    public boolean isKnown(Curriculum curriculum) {
        return switch (type) {
            case DAY -> true;
            case PHASE -> curriculum.phase(id).isPresent();
            case NODE -> curriculum.node(id).isPresent();
            case UNKNOWN -> false;
        };
    }
}
