package app.tropa.glossary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One version of a term's concept card. Never changed or deleted once written. */
@Entity
@Table(name = "card_version")
public class CardVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "term_id")
    public String termId;

    public int version;

    public String statement;

    public String example;

    public String counterexample;

    public String analogy;

    public String application;

    public int filled;

    public String phase;

    @Column(name = "restored_from")
    public Integer restoredFrom;

    @Column(name = "created_at")
    public Instant createdAt;

    public ConceptCard card() {
        return new ConceptCard(statement, example, counterexample, analogy, application);
    }
}
