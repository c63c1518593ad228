package dk.radhus.strategy.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dk.radhus.strategy.Direction;
import dk.radhus.strategy.Indicator;
import dk.radhus.strategy.IndicatorValue;

/** An indicator with its yearly values. */
public record IndicatorResponse(UUID id, String code, UUID themeId, String themeTitle, String name, String unit,
        String source, Direction direction, int baselineYear, BigDecimal baselineValue, BigDecimal targetValue,
        Integer targetYear, BigDecimal comparisonValue, String comparisonLabel, List<YearValue> values) {

    /** One year's value. */
    public record YearValue(int year, BigDecimal value) {
        public static YearValue of(IndicatorValue v) {
            return new YearValue(v.year, v.value);
        }
    }

    public static IndicatorResponse of(Indicator i, List<IndicatorValue> values) {
        return new IndicatorResponse(i.id, i.code, i.theme == null ? null : i.theme.id,
                i.theme == null ? null : i.theme.title, i.name, i.unit, i.source, i.direction, i.baselineYear,
                i.baselineValue, i.targetValue, i.targetYear, i.comparisonValue, i.comparisonLabel,
                values.stream().map(YearValue::of).toList());
    }
}
