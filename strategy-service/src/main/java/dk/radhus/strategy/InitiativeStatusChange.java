package dk.radhus.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry in an initiative's status history: who set which light, when, from what. */
@Entity
@Table(name = "initiative_status_change")
public class InitiativeStatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_light")
    public Light fromLight;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_light")
    public Light toLight;

    public String narrative;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    public static List<InitiativeStatusChange> historyOf(UUID initiativeId) {
        return list("initiative.id = ?1 order by changedAt, asOf", initiativeId);
    }

    public static List<InitiativeStatusChange> since(Instant since) {
        return list("select c from InitiativeStatusChange c join fetch c.initiative where c.changedAt >= ?1 "
                + "order by c.changedAt", since);
    }
}
