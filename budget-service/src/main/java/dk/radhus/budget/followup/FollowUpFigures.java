package dk.radhus.budget.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import dk.radhus.budget.FollowUp;
import dk.radhus.budget.FollowUpLine;

/** A follow-up's computed figures in kroner: one line per policy area and the "I alt" totals. */
public record FollowUpFigures(FollowUp followUp, List<Line> lines, Line totals) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One policy area: original and corrected budget as of the cut-off date (and the part of it carried over from the
     * year before, overførsler), spend to date, spend percentage,
     * requested appropriation, corrected budget after the request, forecast and deviation (corrected − forecast:
     * positive is an underspend, negative an overspend).
     */
    public record Line(String policyAreaCode, String policyAreaName, UUID lineId, BigDecimal original,
            BigDecimal corrected, BigDecimal carriedOver, BigDecimal spend, BigDecimal requested, BigDecimal forecast, String comments,
            FollowUpLine.AppropriationStatus appropriationStatus) {

        public BigDecimal correctedAfterRequest() {
            return corrected.add(requested);
        }

        public BigDecimal deviation() {
            return corrected.subtract(forecast);
        }

        /**
         * Spend as a percentage of the corrected budget, one decimal; null where it means nothing: a negative spend
         * (more income than expenses so far) or a corrected budget that is not positive. Tables print null as "-".
         */
        public BigDecimal spendPercentage() {
            if (spend.signum() < 0 || corrected.signum() <= 0) {
                return null;
            }
            return spend.multiply(HUNDRED).divide(corrected, 1, RoundingMode.HALF_UP);
        }

        Line plus(Line other) {
            return new Line(null, "I alt", null, original.add(other.original), corrected.add(other.corrected),
                    carriedOver.add(other.carriedOver), spend.add(other.spend), requested.add(other.requested), forecast.add(other.forecast), null, null);
        }

        static Line emptyTotal() {
            return new Line(null, "I alt", null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, null, null);
        }
    }
}
