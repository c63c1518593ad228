package dk.radhus.budget;

import java.math.BigDecimal;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One change of a policy area's budget for a year: the original budget, a supplementary appropriation
 * (tillægsbevilling) or a transfer (omplacering), with the decision it rests on when there is one.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    /** What the entry is. */
    public enum Kind {
        /** Oprindeligt budget. */
        ORIGINAL,
        /** Tillægsbevilling. */
        SUPPLEMENTARY,
        /** Omplacering. */
        TRANSFER
    }

    @Id
    public UUID id;

    @Column(name = "policy_area_code", nullable = false)
    public String policyAreaCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "amount_kroner", nullable = false)
    public BigDecimal amountKroner;

    @Column(name = "entry_date", nullable = false)
    public LocalDate entryDate;

    @Column(nullable = false)
    public String text;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    @Column(name = "item_number")
    public Integer itemNumber;

    @Column(name = "case_number")
    public String caseNumber;

    /** The follow-up line whose requested appropriation this entry books; at most one entry per line. */
    @Column(name = "appropriation_line_id")
    public UUID appropriationLineId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<LedgerEntry> listFor(String policyAreaCode, int fiscalYear) {
        return list("policyAreaCode = ?1 and fiscalYear = ?2 order by entryDate, createdAt", policyAreaCode,
                fiscalYear);
    }

    public static List<LedgerEntry> listForYear(int fiscalYear) {
        return list("fiscalYear = ?1 order by policyAreaCode, entryDate, createdAt", fiscalYear);
    }

    public static List<LedgerEntry> listForArea(String policyAreaCode) {
        return list("policyAreaCode = ?1 order by fiscalYear, entryDate, createdAt", policyAreaCode);
    }

    public static boolean hasOriginal(String policyAreaCode, int fiscalYear) {
        return count("policyAreaCode = ?1 and fiscalYear = ?2 and kind = ?3", policyAreaCode, fiscalYear,
                Kind.ORIGINAL) > 0;
    }

    public static boolean existsForAppropriation(UUID lineId) {
        return count("appropriationLineId", lineId) > 0;
    }
}
