package dk.radhus.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dk.radhus.platform.events.DecisionOutcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/** Budgetopfølgning: one round of a committee's budget follow-up for a year, as of a cut-off date. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    /** DRAFT → SUBMITTED → APPROVED; finance may reopen a submitted follow-up (back to DRAFT) with a reason. */
    public enum Status {
        DRAFT, SUBMITTED, APPROVED
    }

    @Id
    public UUID id;

    @Column(name = "committee_code", nullable = false)
    public String committeeCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public int round;

    @Column(name = "cut_off_date", nullable = false)
    public LocalDate cutOffDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The committee's decision on the follow-up, once it arrived. */
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome")
    public DecisionOutcome decisionOutcome;

    @Column(name = "decision_case")
    public String decisionCase;

    /** The agenda item whose decision is the outcome above; views follow its visibility. */
    @Column(name = "decision_item_id")
    public UUID decisionItemId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Version
    public long version;

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public static Optional<FollowUp> byId(UUID id) {
        return findByIdOptional(id);
    }

    public static List<FollowUp> search(Integer year, String committeeCode, boolean includeDrafts) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (year != null) {
            query.append(" and fiscalYear = :year");
            parameters.and("year", year);
        }
        if (committeeCode != null) {
            query.append(" and committeeCode = :committee");
            parameters.and("committee", committeeCode);
        }
        if (!includeDrafts) {
            query.append(" and status <> :draft");
            parameters.and("draft", Status.DRAFT);
        }
        return list(query + " order by fiscalYear, committeeCode, round", parameters);
    }

    /** Submitted or approved follow-ups whose figures would change if the area's budget changed on {@code date}. */
    public static long countFrozenCovering(String committeeCode, int fiscalYear, LocalDate date) {
        return count("committeeCode = ?1 and fiscalYear = ?2 and status <> ?3 and cutOffDate >= ?4", committeeCode,
                fiscalYear, Status.DRAFT, date);
    }
}
