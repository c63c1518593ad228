package dk.radhus.strategy.service;

import java.math.BigDecimal;

import dk.radhus.strategy.Direction;
import dk.radhus.strategy.Light;

/**
 * The light of an indicator in a growth account. With a target: green when the value has reached it (at or above for
 * UP, at or below for DOWN). Red when the value moved against the desired direction since the year before. Without a
 * target, a move in the desired direction is green. Everything else (no change, no previous year, on the way to the
 * target) is yellow.
 */
public final class GrowthLight {

    private GrowthLight() {
    }

    public static Light of(Direction direction, BigDecimal value, BigDecimal previous, BigDecimal target) {
        if (target != null && signed(direction, value.compareTo(target)) >= 0) {
            return Light.GREEN;
        }
        int trend = previous == null ? 0 : signed(direction, value.compareTo(previous));
        if (trend < 0) {
            return Light.RED;
        }
        return target == null && trend > 0 ? Light.GREEN : Light.YELLOW;
    }

    private static int signed(Direction direction, int comparison) {
        return direction == Direction.UP ? comparison : -comparison;
    }
}
