package dk.radhus.budget.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dk.radhus.budget.config.DeviationConfig;
import dk.radhus.platform.events.DeviationDetected;
import dk.radhus.text.DanishFormat;

/** Applies the municipality's deviation rules ({@link DeviationConfig}) to a follow-up's lines. */
@ApplicationScoped
public class DeviationRules {

    public static final String FORECAST_RULE = "forecast-deviation";
    public static final String SPEND_AHEAD_RULE = "spend-ahead-of-calendar";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A line that broke a rule. */
    public record Finding(FollowUpFigures.Line line, DeviationDetected.Kind kind, String rule, String description) {
    }

    private final DeviationConfig config;

    public DeviationRules(DeviationConfig config) {
        this.config = config;
    }

    public List<Finding> evaluate(FollowUpFigures figures) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal calendar = calendarPercentage(figures.followUp().cutOffDate);
        for (FollowUpFigures.Line line : figures.lines()) {
            forecastDeviation(line).ifPresent(findings::add);
            BigDecimal spend = line.spendPercentage();
            if (spend != null && spend.subtract(calendar).compareTo(config.spendAheadMargin()) >= 0) {
                findings.add(new Finding(line, DeviationDetected.Kind.SPEND_AHEAD_OF_CALENDAR, SPEND_AHEAD_RULE,
                        "Forbrugsprocenten %s %% ligger mindst %s procentpoint over årets forløb (%s %%)."
                                .formatted(danish(spend), danish(config.spendAheadMargin()), danish(calendar))));
            }
        }
        return findings;
    }

    private Optional<Finding> forecastDeviation(FollowUpFigures.Line line) {
        BigDecimal deviation = line.deviation();
        BigDecimal size = deviation.abs();
        BigDecimal percentFloor = line.corrected().abs().multiply(config.minPercent()).divide(HUNDRED);
        if (deviation.signum() == 0 || size.compareTo(percentFloor) < 0
                || size.compareTo(config.minAmountKroner()) < 0) {
            return Optional.empty();
        }
        boolean overspend = deviation.signum() < 0;
        String what = overspend ? "merforbrug" : "mindreforbrug";
        return Optional.of(new Finding(line,
                overspend ? DeviationDetected.Kind.OVERSPEND : DeviationDetected.Kind.UNDERSPEND, FORECAST_RULE,
                "Forventet %s på %s kr. i forhold til korrigeret budget (grænse: %s %% og %s kr.)."
                        .formatted(what, danish(size), danish(config.minPercent()),
                                danish(config.minAmountKroner()))));
    }

    /** The share of the year passed on the cut-off date, in percent with one decimal. */
    static BigDecimal calendarPercentage(LocalDate cutOff) {
        return BigDecimal.valueOf(cutOff.getDayOfYear()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(cutOff.lengthOfYear()), 1, RoundingMode.HALF_UP);
    }

    private static String danish(BigDecimal value) {
        return DanishFormat.number(value);
    }
}
