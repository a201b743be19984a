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

    /** How its review state is keyed, beside the terms' ids. */
    public static final String KEY_PREFIX = "question:";

    public static final int MAX_QUESTION = 2000;
    public static final int MAX_ANSWER = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "node_id")
    public String nodeId;

    public String question;

    public String answer;

    public String lang;

    @Column(name = "created_at")
    public Instant createdAt;

    public String reviewKey() {
        return KEY_PREFIX + id;
    }

    /** The question a review key names, if it names one. */
    public static Optional<ReviewQuestion> byKey(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        try {
            return ReviewQuestion.findByIdOptional(Long.parseLong(key.substring(KEY_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static boolean isKey(String key) {
        return key != null && key.startsWith(KEY_PREFIX);
    }
}
