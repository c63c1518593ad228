package dk.radhus.budget.chart;

import java.util.List;

/** A chart-of-accounts file with bad lines: nothing was stored; every bad line is listed. */
public class ChartRejectedException extends RuntimeException {

    private final transient List<ChartLineError> errors;

    public ChartRejectedException(List<ChartLineError> errors) {
        super("Chart of accounts rejected with " + errors.size() + " bad line(s)");
        this.errors = List.copyOf(errors);
    }

    public List<ChartLineError> errors() {
        return errors;
    }
}
