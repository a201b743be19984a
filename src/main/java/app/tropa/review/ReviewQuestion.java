package app.tropa.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A question and answer about a step that the learner kept for spaced review. */
@Entity
@Table(name = "review_question")
public class ReviewQuestion extends PanacheEntityBase {

    /** How its review state is keyed, beside the terms' ids: the prefix, then the moment in milliseconds. */
    public static final String KEY_PREFIX = "question-";

    public static final int MAX_QUESTION = 2000;
    public static final int MAX_ANSWER = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Its key in review and in backups: {@code question-<epoch milliseconds when kept>}. */
    @Column(name = "review_key")
    public String reviewKey;

    @Column(name = "node_id")
    public String nodeId;

    public String question;

    public String answer;

    public String lang;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The question a review key names, if it names one. */
    public static Optional<ReviewQuestion> byKey(String key) {
        return isKey(key) ? ReviewQuestion.find("reviewKey", key).firstResultOptional() : Optional.empty();
    }

    /** Whether a review key names a kept question rather than a term. */
    public static boolean isKey(String key) {
        return key != null && key.matches(KEY_PREFIX + "[0-9]+");
    }

    /** A key no question has yet, from the moment it is kept (a millisecond later if that one is taken). */
    static String freshKey(java.time.Instant at) {
        long millis = at.toEpochMilli();
        while (ReviewQuestion.count("reviewKey", KEY_PREFIX + millis) > 0) {
            millis++;
        }
        return KEY_PREFIX + millis;
    }
}
