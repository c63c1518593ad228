package dk.radhus.strategy.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dk.radhus.strategy.Direction;
import dk.radhus.strategy.GrowthAccount;
import dk.radhus.strategy.GrowthAccountLine;
import dk.radhus.strategy.Light;

/** A published growth account as it was published: its themes and one line per parameter. */
public record GrowthAccountResponse(UUID id, int year, String title, Instant publishedAt, String publishedBy,
        int indicatorCount, List<String> themes, List<Line> lines, List<ApprovalResponse> approvals) {

    /** One parameter: value, change from the year before, baseline, target and light. */
    public record Line(String theme, String indicatorCode, String name, String unit, Direction direction,
            BigDecimal value, BigDecimal previousValue, BigDecimal change, int baselineYear, BigDecimal baselineValue,
            BigDecimal targetValue, Integer targetYear, Light light) {

        static Line of(GrowthAccountLine l) {
            return new Line(l.themeTitle, l.indicatorCode, l.indicatorName, l.unit, l.direction, l.value,
                    l.previousValue, l.change, l.baselineYear, l.baselineValue, l.targetValue, l.targetYear, l.light);
        }
    }

    /** Who the public is told published a growth account: the directors publish it, no named member of staff. */
    public static final String DIRECTORATE = "Direktionen";

    /** The account; {@code publishedBy} is the director's user name for staff and {@link #DIRECTORATE} otherwise. */
    public static GrowthAccountResponse of(GrowthAccount a, List<ApprovalResponse> approvals, boolean namesVisible) {
        List<String> themes = a.lines.stream().map(l -> l.themeTitle).filter(Objects::nonNull).distinct().toList();
        return new GrowthAccountResponse(a.id, a.year, a.title, a.publishedAt,
                namesVisible ? a.publishedBy : DIRECTORATE, a.lines.size(), themes,
                a.lines.stream().map(Line::of).toList(), approvals);
    }
}
