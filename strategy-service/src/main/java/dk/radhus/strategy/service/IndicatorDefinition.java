package dk.radhus.strategy.service;

import java.math.BigDecimal;
import java.util.UUID;

import dk.radhus.strategy.Direction;

/** What an indicator (parameter) measures and aims at; a target has both a value and a year, or neither. */
public record IndicatorDefinition(UUID themeId, String name, String unit, String source, Direction direction,
        int baselineYear, BigDecimal baselineValue, BigDecimal targetValue, Integer targetYear,
        BigDecimal comparisonValue, String comparisonLabel) {
}
