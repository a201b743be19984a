package app.tropa.talk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A conversation with the model tutor about one thing; its messages are {@link TalkMessage}s. */
@Entity
@Table(name = "talk")
public class Talk extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "about_type")
    public String aboutType;

    @Column(name = "about_id")
    public String aboutId;

    public String title;

    /** The interface language the talk began in. */
    public String lang;

    /** The learner lets the tutor's words stand as the assistant's in the fine-tuning data set. */
    @Column(name = "for_training")
    public boolean forTraining;

    /** Written by the demo history, not by a model. */
    public boolean demo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Set while the talk is in the trash. */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    public About about() {
        return new About(About.Kind.parse(aboutType).orElse(About.Kind.TODAY), aboutId);
    }

    public boolean inTrash() {
        return deletedAt != null;
    }
}
