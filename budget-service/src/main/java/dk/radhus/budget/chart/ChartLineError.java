package dk.radhus.budget.chart;

/** A bad line of a chart-of-accounts CSV: line (the header is 1), column as the header names it, field, reason. */
public record ChartLineError(int line, String column, String field, String message) {
}
