package dk.radhus.strategy;

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

import dk.radhus.platform.events.AmountUnit;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Read model: a committee's latest budget follow-up totals, from FollowUpSubmitted, with the corrected budget kept
 * current by BudgetChanged for the follow-up's year. Amounts in {@code unit}.
 */
@Entity
@Table(name = "budget_status")
public class BudgetStatus extends PanacheEntityBase {

    @Id
    @Column(name = "committee_code")
    public String committeeCode;

    @Column(name = "follow_up_id")
    public UUID followUpId;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public int round;

    @Column(name = "cut_off_date")
    public LocalDate cutOffDate;

    @Enumerated(EnumType.STRING)
    public AmountUnit unit;

    @Column(name = "corrected_budget")
    public BigDecimal correctedBudget;

    @Column(name = "spend_to_date")
    public BigDecimal spendToDate;

    @Column(name = "spend_percentage")
    public BigDecimal spendPercentage;

    public BigDecimal forecast;

    /** Corrected budget minus forecast: positive is an underspend, negative an overspend. */
    @Column(name = "forecast_deviation")
    public BigDecimal forecastDeviation;

    /** The sequence of the last BudgetChanged applied for {@code fiscalYear}; 0 when none. */
    @Column(name = "budget_sequence")
    public long budgetSequence;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Whether a follow-up for (year, round, cut-off) is newer than the one held. */
    public boolean isOlderThan(int otherYear, int otherRound, LocalDate otherCutOff) {
        if (fiscalYear != otherYear) {
            return fiscalYear < otherYear;
        }
        if (round != otherRound) {
            return round < otherRound;
        }
        return !cutOffDate.isAfter(otherCutOff);
    }

    public static List<BudgetStatus> listByCommittee() {
        return list("order by committeeCode");
    }
}
