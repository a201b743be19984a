package app.tropa.tutor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A word from the tutor when the learner's behaviour shows a phase's risk (each phase names one).
 * Each rule is silent unless its condition holds.
 */
public record Nudge(Kind kind) {

    private static final String IMMERSION = "technical-immersion";
    private static final String IDEAL = "ideal-thinking";
    private static final String INTEGRATION = "integration";

    public enum Kind {
        /** Technical immersion: nodes are being done, but nothing is reflected on. */
        LOSS_OF_DEPTH,
        /** Ideal thinking: days pass and nothing is started. */
        DETACHMENT,
        /** Integration: nodes done with no note or metaphor of the learner's own. */
        COPYING_TEMPLATES
    }

    /** What the rules look at; every instant is a fact from the learner's data. */
    public record Facts(
            String phase,
            Instant now,
            Instant learnerSince,
            List<Instant> nodesDoneAt,
            Optional<Instant> lastReflectionAt,
            Optional<Instant> lastStartedAt,
            int doneInPhase,
            int personalNotesAndMetaphors) {
    }

    public record Thresholds(int depthDays, int detachmentDays, int templatesDone) {
    }

    public static List<Nudge> of(Facts facts, Thresholds limits) {
        List<Nudge> nudges = new ArrayList<>();
        if (lossOfDepth(facts, limits)) {
            nudges.add(new Nudge(Kind.LOSS_OF_DEPTH));
        }
        if (detachment(facts, limits)) {
            nudges.add(new Nudge(Kind.DETACHMENT));
        }
        if (copyingTemplates(facts, limits)) {
            nudges.add(new Nudge(Kind.COPYING_TEMPLATES));
        }
        return nudges;
    }

    /**
     * The first instant after {@code facts.now()} at which a rule's answer may differ with the same
     * facts: every window ends when a fact it weighs leaves it. Empty: not before the facts change.
     */
    public static Optional<Instant> nextChange(Facts facts, Thresholds limits) {
        List<Instant> ends = new ArrayList<>();
        if (IMMERSION.equals(facts.phase())) {
            Duration depth = Duration.ofDays(limits.depthDays());
            facts.nodesDoneAt().forEach(at -> ends.add(at.plus(depth)));
            facts.lastReflectionAt().ifPresent(at -> ends.add(at.plus(depth)));
            ends.add(facts.learnerSince().plus(depth));
        }
        if (IDEAL.equals(facts.phase())) {
            ends.add(facts.lastStartedAt().orElse(facts.learnerSince()).plus(Duration.ofDays(limits.detachmentDays())));
        }
        return ends.stream().filter(at -> at.isAfter(facts.now())).min(Instant::compareTo);
    }

    static boolean lossOfDepth(Facts f, Thresholds limits) {
        if (!IMMERSION.equals(f.phase())) {
            return false;
        }
        Instant since = f.now().minus(Duration.ofDays(limits.depthDays()));
        boolean doingNodes = f.nodesDoneAt().stream().anyMatch(at -> at.isAfter(since));
        boolean reflected = f.lastReflectionAt().map(at -> at.isAfter(since)).orElse(false);
        boolean longEnough = !f.learnerSince().isAfter(since);
        return doingNodes && !reflected && longEnough;
    }

    static boolean detachment(Facts f, Thresholds limits) {
        if (!IDEAL.equals(f.phase())) {
            return false;
        }
        Instant since = f.now().minus(Duration.ofDays(limits.detachmentDays()));
        Instant lastMove = f.lastStartedAt().orElse(f.learnerSince());
        return !lastMove.isAfter(since);
    }

    static boolean copyingTemplates(Facts f, Thresholds limits) {
        return INTEGRATION.equals(f.phase()) && f.doneInPhase() >= limits.templatesDone()
                && f.personalNotesAndMetaphors() == 0;
    }
}
