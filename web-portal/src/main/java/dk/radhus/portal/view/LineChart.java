package dk.radhus.portal.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the geometry of a small line chart for one indicator: one point per year, a horizontal line for the baseline
 * (0-punktsmåling) and one for the target, "nice" value ticks and year ticks. The template draws it as inline SVG;
 * everything here is numbers and Danish labels, so the chart needs no script and no raw HTML.
 */
public final class LineChart {

    static final int WIDTH = 520;
    static final int HEIGHT = 240;
    static final int LEFT = 72;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 36;
    private static final int MAX_YEAR_TICKS = 10;
    private static final int VALUE_TICKS = 4;

    /** A measured value of one year. */
    public record YearValue(int year, BigDecimal value) {
    }

    /** The drawing: the plot area, ticks, the line through the points, the points and the reference lines. */
    public record Chart(int width, int height, Box plot, List<Tick> yearTicks, List<Tick> valueTicks, String line,
            List<Point> points, Reference baseline, Reference target) {

        public boolean empty() {
            return points.isEmpty();
        }
    }

    /** The plot area inside the margins. */
    public record Box(double left, double top, double right, double bottom) {

        /** Where the value labels end, left of the plot. */
        public double valueLabelX() {
            return left - 6;
        }

        /** Where the year labels stand, under the plot. */
        public double yearLabelY() {
            return bottom + 20;
        }

        /** Where a reference line's label starts. */
        public double referenceLabelX() {
            return left + 4;
        }
    }

    /** A tick at a position (x for years, y for values) with its label. */
    public record Tick(double position, String label) {
    }

    /** A point: where it is drawn, and what it says ("2019: 50.500 antal"). */
    public record Point(int year, String value, double x, double y, String label) {
    }

    /** A horizontal reference line (baseline or target) at height {@code y}. */
    public record Reference(double y, String label) {

        /** The label stands just above the line. */
        public double labelY() {
            return y - 4;
        }
    }

    private LineChart() {
    }

    /**
     * @param unit     shown after each value ("antal", "%"), may be null
     * @param baseline the 0-punktsmåling, may be null
     * @param target   the target value and year, may be null
     */
    public static Chart build(List<YearValue> series, String unit, YearValue baseline, YearValue target) {
        List<YearValue> values = series.stream().filter(v -> v.value() != null)
                .sorted(Comparator.comparingInt(YearValue::year)).toList();
        Box plot = new Box(LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM);
        List<YearValue> all = Stream.of(values, optional(baseline), optional(target)).flatMap(List::stream).toList();
        if (values.isEmpty()) {
            return new Chart(WIDTH, HEIGHT, plot, List.of(), List.of(), "", List.of(), null, null);
        }
        int firstYear = all.stream().mapToInt(YearValue::year).min().orElseThrow();
        int lastYear = all.stream().mapToInt(YearValue::year).max().orElseThrow();
        double low = all.stream().mapToDouble(v -> v.value().doubleValue()).min().orElseThrow();
        double high = all.stream().mapToDouble(v -> v.value().doubleValue()).max().orElseThrow();
        ValueScale scale = ValueScale.of(low, high);

        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (YearValue v : values) {
            double x = x(v.year(), firstYear, lastYear, plot);
            double y = scale.y(v.value().doubleValue(), plot);
            String formatted = Danish.number(v.value());
            points.add(new Point(v.year(), formatted, x, y, v.year() + ": " + withUnit(formatted, unit)));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        return new Chart(WIDTH, HEIGHT, plot, yearTicks(firstYear, lastYear, plot), scale.ticks(plot),
                line.toString(), points,
                reference(baseline, "0-punkt", unit, scale, plot), reference(target, "Mål", unit, scale, plot));
    }

    private static List<YearValue> optional(YearValue value) {
        return value == null || value.value() == null ? List.of() : List.of(value);
    }

    private static Reference reference(YearValue value, String name, String unit, ValueScale scale, Box plot) {
        if (value == null || value.value() == null) {
            return null;
        }
        return new Reference(scale.y(value.value().doubleValue(), plot),
                name + " " + value.year() + ": " + withUnit(Danish.number(value.value()), unit));
    }

    private static String withUnit(String value, String unit) {
        return unit == null || unit.isBlank() ? value : value + " " + unit;
    }

    private static double x(int year, int firstYear, int lastYear, Box plot) {
        if (firstYear == lastYear) {
            return round((plot.left() + plot.right()) / 2);
        }
        return round(plot.left() + (plot.right() - plot.left()) * (year - firstYear) / (lastYear - firstYear));
    }

    private static List<Tick> yearTicks(int firstYear, int lastYear, Box plot) {
        int span = lastYear - firstYear + 1;
        int step = (span + MAX_YEAR_TICKS - 1) / MAX_YEAR_TICKS;
        List<Tick> ticks = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year += step) {
            ticks.add(new Tick(x(year, firstYear, lastYear, plot), Integer.toString(year)));
        }
        return ticks;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The value axis: from a "nice" minimum to a "nice" maximum in "nice" steps (1, 2 or 5 times a power of ten). */
    record ValueScale(double min, double max, double step) {

        static ValueScale of(double low, double high) {
            if (low == high) {
                double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
                low -= pad;
                high += pad;
            }
            double step = nice((high - low) / VALUE_TICKS);
            return new ValueScale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
        }

        static double nice(double rough) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
            double fraction = rough / magnitude;
            double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
            return nice * magnitude;
        }

        double y(double value, Box plot) {
            return round(plot.bottom() - (plot.bottom() - plot.top()) * (value - min) / (max - min));
        }

        List<Tick> ticks(Box plot) {
            List<Tick> ticks = new ArrayList<>();
            long count = Math.round((max - min) / step);
            for (long i = 0; i <= count; i++) {
                BigDecimal value = BigDecimal.valueOf(min).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i)));
                ticks.add(new Tick(y(value.doubleValue(), plot), Danish.number(value)));
            }
            return ticks;
        }
    }
}
