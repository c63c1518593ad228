package dk.radhus.strategy;

import java.math.BigDecimal;
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

/** One indicator as it was reported in a published growth account; copied, so later edits do not change it. */
@Entity
@Table(name = "growth_account_line")
public class GrowthAccountLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public GrowthAccount account;

    @Column(name = "position")
    public int position;

    @Column(name = "theme_title")
    public String themeTitle;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "indicator_name")
    public String indicatorName;

    public String unit;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public BigDecimal value;

    @Column(name = "previous_value")
    public BigDecimal previousValue;

    public BigDecimal change;

    @Column(name = "baseline_year")
    public int baselineYear;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_year")
    public Integer targetYear;

    @Enumerated(EnumType.STRING)
    public Light light;
}
