package dk.radhus.budget.detail;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What changes from one upload to another of the same target, per policy area and, within it, per function: each
 * with the amount in the first upload, in the second, and the difference (second − first), in kroner.
 */
public record UploadDifference(UUID from, UUID to, List<Area> areas) {

    /** A policy area's amounts in both uploads, and its functions'. */
    public record Area(String policyAreaCode, BigDecimal fromKroner, BigDecimal toKroner, List<Function> functions) {

        public BigDecimal differenceKroner() {
            return toKroner.subtract(fromKroner);
        }
    }

    /** A function's amounts in both uploads. */
    public record Function(String function, BigDecimal fromKroner, BigDecimal toKroner) {

        public BigDecimal differenceKroner() {
            return toKroner.subtract(fromKroner);
        }
    }
}
