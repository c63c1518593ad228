package dk.radhus.strategy;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dk.radhus.platform.events.DeviationDetected;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A deviation rule a follow-up line broke, from DeviationDetected. */
@Entity
@Table(name = "budget_deviation")
public class BudgetDeviation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "follow_up_id")
    public UUID followUpId;

    @Column(name = "committee_code")
    public String committeeCode;

    @Column(name = "policy_area_code")
    public String policyAreaCode;

    @Enumerated(EnumType.STRING)
    public DeviationDetected.Kind kind;

    public BigDecimal deviation;

    public String rule;

    public static List<BudgetDeviation> ofFollowUps(Collection<UUID> followUpIds) {
        return followUpIds.isEmpty() ? List.of() : list("followUpId in ?1", followUpIds);
    }

    public static boolean exists(UUID followUpId, String policyAreaCode, String rule) {
        return count("followUpId = ?1 and policyAreaCode = ?2 and rule = ?3", followUpId, policyAreaCode, rule) > 0;
    }
}
