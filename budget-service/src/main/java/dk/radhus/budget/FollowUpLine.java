package dk.radhus.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One policy area's figures in a follow-up: spend to date (forbrug), requested supplementary appropriation (ansøgt
 * tillægsbevilling), forecast (forventet regnskab) and comments (opmærksomhedspunkter). The line id is also the id of
 * its appropriation request, which a committee decision refers to.
 */
@Entity
@Table(name = "follow_up_line")
public class FollowUpLine extends PanacheEntityBase {

    /** Where the requested appropriation stands. */
    public enum AppropriationStatus {
        NONE, REQUESTED, APPROVED, REJECTED
    }

    @Id
    public UUID id;

    @Column(name = "follow_up_id", nullable = false)
    public UUID followUpId;

    @Column(name = "policy_area_code", nullable = false)
    public String policyAreaCode;

    @Column(name = "spend_to_date_kroner", nullable = false)
    public BigDecimal spendToDateKroner;

    @Column(name = "requested_kroner", nullable = false)
    public BigDecimal requestedKroner;

    @Column(name = "forecast_kroner", nullable = false)
    public BigDecimal forecastKroner;

    public String comments;

    @Enumerated(EnumType.STRING)
    @Column(name = "appropriation_status", nullable = false)
    public AppropriationStatus appropriationStatus;

    /** The agenda item whose decision set the appropriation status; views follow its visibility. */
    @Column(name = "decision_item_id")
    public UUID decisionItemId;

    public static FollowUpLine empty(UUID followUpId, String policyAreaCode) {
        FollowUpLine line = new FollowUpLine();
        line.id = UUID.randomUUID();
        line.followUpId = followUpId;
        line.policyAreaCode = policyAreaCode;
        line.spendToDateKroner = BigDecimal.ZERO;
        line.requestedKroner = BigDecimal.ZERO;
        line.forecastKroner = BigDecimal.ZERO;
        line.appropriationStatus = AppropriationStatus.NONE;
        return line;
    }

    public static List<FollowUpLine> listFor(UUID followUpId) {
        return list("followUpId = ?1 order by policyAreaCode", followUpId);
    }

    public static Optional<FollowUpLine> find(UUID followUpId, String policyAreaCode) {
        return find("followUpId = ?1 and policyAreaCode = ?2", followUpId, policyAreaCode).firstResultOptional();
    }

    public static Optional<FollowUpLine> findLine(UUID id) {
        return findByIdOptional(id);
    }
}
