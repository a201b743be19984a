package app.tropa.journal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A letter to a future self, sealed until a day or a milestone. */
@Entity
@Table(name = "journal_letter")
public class JournalLetter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String body;

    @Column(name = "written_on")
    public LocalDate writtenOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "open_on")
    public LocalDate openOn;

    /** {@code phase:<id>} or {@code node:<id>}. */
    @Column(name = "open_when")
    public String openWhen;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "read_at")
    public Instant readAt;

    public boolean sealed() {
        return openedAt == null;
    }

    Seal seal() {
        return openOn != null ? Seal.onDay(openOn) : Seal.parse(openWhen).orElse(Seal.unknown(openWhen));
    }
}
