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

    /**
     * The follow-up line whose requested appropriation this entry books or reverses; the sum of a line's entries is
     * what its latest decision grants (the requested amount or nothing).
     */
    @Column(name = "appropriation_line_id")
    public UUID appropriationLineId;

    /** The agenda item whose decision this entry rests on, and the version of that decision. */
    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "item_version")
    public Long itemVersion;

    /** The entry a reversal (tilbageførsel) takes back. */
    @Column(name = "reverses")
    public UUID reverses;

    /** For an overførsel (a supplementary entry carried from the accounts): the year it was carried from. */
    @Column(name = "carried_from_year")
    public Integer carriedFromYear;

    /** The omplacering this entry is one side of; both sides share it and sum to zero. */
    @Column(name = "transfer_id")
    public UUID transferId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * Entries resting on a decision count for the public once meetings-service shows that decision's minutes; entries
     * without a decision always count. Staff see every entry.
     */
    private static final String PUBLIC_ONLY = " and (itemId is null or itemId in"
            + " (select d.itemId from DecidedItem d where d.visibility.decisionPublic = true))";

    public static List<LedgerEntry> listFor(String policyAreaCode, int fiscalYear, boolean publicOnly) {
        return list("policyAreaCode = ?1 and fiscalYear = ?2" + scope(publicOnly) + " order by entryDate, createdAt",
                policyAreaCode, fiscalYear);
    }

    public static List<LedgerEntry> listForYear(int fiscalYear, boolean publicOnly) {
        return list("fiscalYear = ?1" + scope(publicOnly) + " order by policyAreaCode, entryDate, createdAt",
                fiscalYear);
    }

    public static List<LedgerEntry> listForArea(String policyAreaCode, boolean publicOnly) {
        return list("policyAreaCode = ?1" + scope(publicOnly) + " order by fiscalYear, entryDate, createdAt",
                policyAreaCode);
    }

    /** The entries of a committee's policy areas for a year, whatever the public may see. */
    public static List<LedgerEntry> listForCommittee(String committeeCode, int fiscalYear) {
        return list("fiscalYear = ?1 and policyAreaCode in (select a.code from PolicyArea a where a.committeeCode = ?2)",
                fiscalYear, committeeCode);
    }

    /** The overførsler booked in {@code fromYear + 1} from the deviations of {@code fromYear}. */
    public static List<LedgerEntry> listCarriedFrom(int fromYear, boolean publicOnly) {
        return list("carriedFromYear = ?1" + scope(publicOnly) + " order by policyAreaCode", fromYear);
    }

    /** Whether the area's deviation of {@code fromYear} has been carried into the next year. */
    public static boolean hasCarryOver(String policyAreaCode, int fromYear) {
        return count("policyAreaCode = ?1 and carriedFromYear = ?2", policyAreaCode, fromYear) > 0;
    }

    public static boolean hasOriginal(String policyAreaCode, int fiscalYear) {
        return count("policyAreaCode = ?1 and fiscalYear = ?2 and kind = ?3", policyAreaCode, fiscalYear,
                Kind.ORIGINAL) > 0;
    }

    /** A request's entries, oldest first: bookings and the reversals that took them back. */
    public static List<LedgerEntry> listForAppropriation(UUID lineId) {
        return list("appropriationLineId = ?1 order by createdAt", lineId);
    }

    private static String scope(boolean publicOnly) {
        return publicOnly ? PUBLIC_ONLY : "";
    }
}
