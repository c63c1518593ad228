package dk.radhus.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Regnskab: the actual outturn of a policy area for a year, in kroner. */
@Entity
@Table(name = "accounts_figure")
public class AccountsFigure extends PanacheEntityBase {

    /** Policy area and year. */
    @Embeddable
    public record Key(@Column(name = "policy_area_code") String policyAreaCode,
            @Column(name = "fiscal_year") int fiscalYear) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "amount_kroner", nullable = false)
    public BigDecimal amountKroner;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<AccountsFigure> find(String policyAreaCode, int fiscalYear) {
        return findByIdOptional(new Key(policyAreaCode, fiscalYear));
    }

    public static List<AccountsFigure> listForYear(int fiscalYear) {
        return list("key.fiscalYear = ?1 order by key.policyAreaCode", fiscalYear);
    }

    /** The year's accounts of a committee's policy areas. */
    public static List<AccountsFigure> listForCommittee(String committeeCode, int fiscalYear) {
        return list("key.fiscalYear = ?1 and key.policyAreaCode in"
                + " (select a.code from PolicyArea a where a.committeeCode = ?2)", fiscalYear, committeeCode);
    }

    public static List<AccountsFigure> listForArea(String policyAreaCode) {
        return list("key.policyAreaCode = ?1 order by key.fiscalYear", policyAreaCode);
    }
}
