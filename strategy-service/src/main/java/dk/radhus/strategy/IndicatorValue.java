package dk.radhus.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An indicator's value for one year. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    public int year;

    public BigDecimal value;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<IndicatorValue> find(UUID indicatorId, int year) {
        return find("indicator.id = ?1 and year = ?2", indicatorId, year).firstResultOptional();
    }

    public static List<IndicatorValue> seriesOf(UUID indicatorId) {
        return list("indicator.id = ?1 order by year", indicatorId);
    }

    /** Every value as a projection, ordered by indicator and year. */
    public static List<IndicatorPoint> allPoints() {
        return getEntityManager().createQuery("select new dk.radhus.strategy.IndicatorPoint(v.indicator.id, v.year, "
                + "v.value) from IndicatorValue v order by v.indicator.id, v.year", IndicatorPoint.class).getResultList();
    }

    public static List<IndicatorValue> allOrdered() {
        return list("select v from IndicatorValue v join fetch v.indicator order by v.indicator.code, v.year");
    }
}
