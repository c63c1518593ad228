package dk.radhus.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dk.radhus.platform.events.InitiativeStatusChanged;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Read model: an initiative (indsats) of a growth policy's action plan and its current traffic light (stoplys). */
@Entity
@Table(name = "initiative_light")
public class InitiativeLight extends PanacheEntityBase {

    @Id
    @Column(name = "initiative_id")
    public UUID initiativeId;

    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public String title;

    @Column(name = "policy_id", nullable = false)
    public UUID policyId;

    @Column(name = "policy_title", nullable = false)
    public String policyTitle;

    @Column(name = "focus_area_title", nullable = false)
    public String focusAreaTitle;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InitiativeStatusChanged.Light light;

    @Column(nullable = false)
    public String narrative;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    /** When the status change that set this light happened. */
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Whether a status as of {@code asOf}, changed at {@code changedAt}, is newer than this one. */
    public boolean olderThan(LocalDate otherAsOf, Instant otherChangedAt) {
        int byDate = otherAsOf.compareTo(asOf);
        return byDate > 0 || byDate == 0 && otherChangedAt.isAfter(changedAt);
    }

    public static List<InitiativeLight> redOfPolicy(UUID policyId) {
        return list("policyId = ?1 and light = ?2 order by reference, title", policyId,
                InitiativeStatusChanged.Light.RED);
    }
}
