package dk.radhus.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import dk.radhus.platform.events.CommitteeKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A body that holds meetings: a committee (udvalg), the city council (byråd) or the directorate (direktionen). */
@Entity
@Table(name = "committee")
public class Committee extends PanacheEntityBase {

    /** Short code such as BEU, OEU, BY or DIR; never changes. */
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitteeKind kind;

    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<Committee> listByCode() {
        return list("order by code");
    }

    /**
     * The committee, locked for this transaction: drafting for a committee and planning its meetings take this lock,
     * so a pending draft and a newly planned meeting cannot miss each other.
     */
    public static Optional<Committee> findForUpdate(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The directorate's committees (kind DIRECTORATE), locked for this transaction in code order. */
    public static List<Committee> directoratesForUpdate() {
        return find("kind = ?1 order by code", CommitteeKind.DIRECTORATE).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public static boolean nameTakenByAnother(String name, String code) {
        return count("lower(name) = lower(?1) and code <> ?2", name, code) > 0;
    }
}
