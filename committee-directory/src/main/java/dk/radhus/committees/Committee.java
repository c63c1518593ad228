package dk.radhus.committees;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dk.radhus.platform.events.CommitteeKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A committee (udvalg) as this service knows it from meetings-service's CommitteeUpserted events. */
@Entity
@Table(name = "committee")
public class Committee extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitteeKind kind;

    public boolean active;

    /** When the event this row reflects occurred; older events never overwrite newer ones. */
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    public static List<Committee> listByCode() {
        return list("order by code");
    }
}
