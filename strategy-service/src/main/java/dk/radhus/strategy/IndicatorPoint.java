package dk.radhus.strategy;

import java.math.BigDecimal;
import java.util.UUID;

/** A read-only projection of one indicator value. */
public record IndicatorPoint(UUID indicatorId, int year, BigDecimal value) {
}
