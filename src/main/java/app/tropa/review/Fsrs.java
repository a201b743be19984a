package app.tropa.review;

import java.util.List;

/**
 * The memory model of FSRS-6 (Free Spaced Repetition Scheduler, version 6), by Jarrett Ye and the
 * open-spaced-repetition project: the formulas of py-fsrs {@code fsrs/scheduler.py} (v6) and its
 * {@code ALGORITHM.md}, with the published default weights w0…w20 (see docs/review.md).
 *
 * <p>Plain arithmetic, no clock and no state: {@link ReviewScheduler} decides when a review
 * happens and how many days have passed. Tropa uses no learning steps (minutes) and no interval
 * fuzz, so every interval is whole days and the same history always gives the same schedule.
 */
public final class Fsrs {

    /** The default FSRS-6 weights, as published with py-fsrs 6. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    /** The share of reviews the learner should still recall when a term comes due. */
    public static final double DEFAULT_RETENTION = 0.9;

    public static final int MAX_INTERVAL_DAYS = 36500;

    static final double MIN_STABILITY = 0.001;
    static final double MIN_DIFFICULTY = 1.0;
    static final double MAX_DIFFICULTY = 10.0;

    private final double[] w;
    private final double retention;
    private final double decay;
    private final double factor;

    /** What FSRS knows about one memory: stability S in days, difficulty D in [1, 10]. */
    public record Memory(double stability, double difficulty) {
    }

    public Fsrs(List<Double> weights, double desiredRetention) {
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must lie between 0 and 1, got " + desiredRetention);
        }
        this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        this.retention = desiredRetention;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The defaults: published weights, 90 % desired retention. */
    public static Fsrs standard() {
        return new Fsrs(DEFAULT_WEIGHTS, DEFAULT_RETENTION);
    }

    public double desiredRetention() {
        return retention;
    }

    /** The memory after the very first review. */
    public Memory first(Grade grade) {
        return new Memory(initialStability(grade), initialDifficulty(grade, true));
    }

    /**
     * The memory after a later review, {@code elapsedDays} whole days after the previous one. A
     * review on the same day (0 days) uses the short-term formula, as FSRS-6 does.
     */
    public Memory next(Memory memory, Grade grade, long elapsedDays) {
        double s = memory.stability();
        double d = memory.difficulty();
        double stability;
        if (elapsedDays < 1) {
            stability = shortTermStability(s, grade);
        } else {
            double r = retrievability(elapsedDays, s);
            stability = grade == Grade.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, grade);
        }
        return new Memory(Math.max(stability, MIN_STABILITY), nextDifficulty(d, grade));
    }

    /** R(t, S) = (1 + FACTOR · t / S)^DECAY: the chance to recall after t days; 0.9 when t = S. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** I = S / FACTOR · (r^(1/DECAY) − 1), rounded, within [1, 36500] days; I = S when r = 0.9. */
    public int interval(double stability) {
        double days = stability / factor * (Math.pow(retention, 1 / decay) - 1);
        long rounded = Math.round(days);
        return (int) Math.min(Math.max(rounded, 1), MAX_INTERVAL_DAYS);
    }

    double initialStability(Grade g) {
        return Math.max(w[g.number() - 1], MIN_STABILITY);
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1. */
    double initialDifficulty(Grade g, boolean clamp) {
        double d = w[4] - Math.exp(w[5] * (g.number() - 1)) + 1;
        return clamp ? clampDifficulty(d) : d;
    }

    /** Linear damping towards 10, then mean reversion towards the unclamped D0(Easy). */
    double nextDifficulty(double d, Grade g) {
        double delta = -w[6] * (g.number() - 3);
        double damped = d + (10 - d) * delta / 9;
        return clampDifficulty(w[7] * initialDifficulty(Grade.EASY, false) + (1 - w[7]) * damped);
    }

    double recallStability(double d, double s, double r, Grade g) {
        double hardPenalty = g == Grade.HARD ? w[15] : 1;
        double easyBonus = g == Grade.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    double forgetStability(double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        double shortTerm = s / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    /** Same-day review; Good and Easy never lower stability. */
    double shortTermStability(double s, Grade g) {
        double increase = Math.exp(w[17] * (g.number() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (g == Grade.GOOD || g == Grade.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return s * increase;
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
