package app.tropa.talk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One message of a talk. A learner's message is saved before the model is asked and keeps exactly
 * what was sent with it; the tutor's message keeps which model wrote it.
 */
@Entity
@Table(name = "talk_message")
public class TalkMessage extends PanacheEntityBase {

    public static final String LEARNER = "learner";
    public static final String TUTOR = "tutor";

    /** A learner's message while the model is asked. */
    public static final String WAITING = "waiting";
    /** A learner's message the tutor answered. */
    public static final String ANSWERED = "answered";
    /** A learner's message the model failed to answer; {@code failure} says why. */
    public static final String UNANSWERED = "unanswered";
    /** A tutor's whole answer. */
    public static final String COMPLETE = "complete";
    /** A tutor's answer cut at the length limit. */
    public static final String CUT = "cut";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "talk_id")
    public Long talkId;

    public int seq;

    public String role;

    public String body;

    public String state;

    public String failure;

    /** For a learner's message: the instructions and grounding sent with it. */
    public String context;

    /** For a tutor's message: the model that wrote it. */
    public String model;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean fromLearner() {
        return LEARNER.equals(role);
    }
}
