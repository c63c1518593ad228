package dk.radhus.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A growth-account parameter (indikator) with its baseline (0-punktsmåling), direction and target. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    public IndicatorTheme theme;

    public String name;

    public String unit;

    public String source;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Column(name = "baseline_year")
    public int baselineYear;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_year")
    public Integer targetYear;

    @Column(name = "comparison_value")
    public BigDecimal comparisonValue;

    @Column(name = "comparison_label")
    public String comparisonLabel;

    public static Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Indicator> listOrdered() {
        return list("select i from Indicator i left join fetch i.theme t order by t.position nulls first, i.code");
    }
}
