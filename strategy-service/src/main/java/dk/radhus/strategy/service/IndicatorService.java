package dk.radhus.strategy.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.Indicator;
import dk.radhus.strategy.IndicatorTheme;
import dk.radhus.strategy.IndicatorValue;

/** Growth-account themes, indicators and their yearly values. */
@ApplicationScoped
public class IndicatorService {

    private final Audit audit;

    public IndicatorService(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    public IndicatorTheme createTheme(String title, int position, String actor) {
        if (IndicatorTheme.findByTitle(title.strip()).isPresent()) {
            throw ProblemException.conflict("Temaet '" + title.strip() + "' findes allerede.");
        }
        IndicatorTheme theme = new IndicatorTheme();
        theme.id = UUID.randomUUID();
        theme.title = title.strip();
        theme.position = position;
        theme.persist();
        audit.record("theme.created", "IndicatorTheme", theme.id, null, AuditValues.theme(theme));
        return theme;
    }

    @Transactional
    public Indicator create(String code, IndicatorDefinition definition, String actor) {
        if (Indicator.findByCode(code).isPresent()) {
            throw ProblemException.conflict("Indikatoren " + code + " findes allerede.");
        }
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.code = code;
        apply(indicator, definition);
        indicator.persist();
        audit.record("indicator.created", "Indicator", indicator.code, null, AuditValues.indicator(indicator));
        return indicator;
    }

    @Transactional
    public Indicator update(String code, IndicatorDefinition definition, String actor) {
        Indicator indicator = indicator(code);
        Map<String, Object> before = AuditValues.indicator(indicator);
        apply(indicator, definition);
        audit.record("indicator.updated", "Indicator", indicator.code, before, AuditValues.indicator(indicator));
        return indicator;
    }

    @Transactional
    public IndicatorValue setValue(String code, int year, BigDecimal value, String actor) {
        return setValue(indicator(code), year, value, actor).value();
    }

    /** A value set (or left alone because it was already that value). */
    public record ValueChange(IndicatorValue value, boolean changed) {
    }

    /** Upserts a year's value; an equal value changes nothing and is not audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ValueChange setValue(Indicator indicator, int year, BigDecimal value, String actor) {
        IndicatorValue existing = IndicatorValue.find(indicator.id, year).orElse(null);
        if (existing != null && existing.value.compareTo(value) == 0) {
            return new ValueChange(existing, false);
        }
        IndicatorValue target = existing == null ? new IndicatorValue() : existing;
        Map<String, Object> before = existing == null ? null : AuditValues.indicatorValue(year, existing.value);
        if (existing == null) {
            target.id = UUID.randomUUID();
            target.indicator = indicator;
            target.year = year;
        }
        target.value = value;
        target.updatedBy = actor;
        target.updatedAt = Instant.now();
        target.persist();
        audit.record("indicator.value", "Indicator", indicator.code, before, AuditValues.indicatorValue(year, value));
        return new ValueChange(target, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorTheme> themes() {
        return IndicatorTheme.listOrdered();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Indicator> all() {
        return Indicator.listOrdered();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorValue> series(Indicator indicator) {
        return IndicatorValue.seriesOf(indicator.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator indicator(String code) {
        return Indicator.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("Indikatoren " + code + " findes ikke."));
    }

    private static void apply(Indicator indicator, IndicatorDefinition definition) {
        if ((definition.targetValue() == null) != (definition.targetYear() == null)) {
            throw ProblemException.invalidField("targetYear", "mål skal have både værdi og år, eller ingen af dem");
        }
        indicator.theme = definition.themeId() == null ? null : IndicatorTheme.<IndicatorTheme>findByIdOptional(definition.themeId())
                .orElseThrow(() -> ProblemException.invalidField("themeId", "temaet findes ikke"));
        indicator.name = definition.name().strip();
        indicator.unit = definition.unit().strip();
        indicator.source = definition.source().strip();
        indicator.direction = definition.direction();
        indicator.baselineYear = definition.baselineYear();
        indicator.baselineValue = definition.baselineValue();
        indicator.targetValue = definition.targetValue();
        indicator.targetYear = definition.targetYear();
        indicator.comparisonValue = definition.comparisonValue();
        indicator.comparisonLabel = definition.comparisonLabel();
    }
}
