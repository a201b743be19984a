package app.tropa.glossary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A term the learner added to their glossary, in their own words; its id comes from the title. */
@Entity
@Table(name = "own_term")
public class OwnTerm extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    public String definition;

    /** The learner's phase when they added it. */
    public String phase;

    @Column(name = "created_at")
    public Instant createdAt;
}
