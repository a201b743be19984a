package app.tropa.activity;

/**
 * What the progress report asks of spaced revisits of done steps: how many the learner has made,
 * and how many of them found the step still held. The revisit feature implements it (the report sits
 * beside the pages and does not reach into features below their interfaces).
 */
public interface RevisitCounts {

    /** Revisits made so far. */
    int revisits();

    /** Of those, the ones where the step was still held (the report's revisit retention). */
    int held();
}
