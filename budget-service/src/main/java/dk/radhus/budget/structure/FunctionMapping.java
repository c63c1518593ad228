package dk.radhus.budget.structure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.radhus.budget.FunctionRange;

/** The function → policy area mapping, loaded once; ranges never overlap, so a binary search finds the one range. */
public final class FunctionMapping {

    private final List<FunctionRange> ranges;

    FunctionMapping(List<FunctionRange> ranges) {
        this.ranges = ranges.stream().sorted(Comparator.comparing(r -> r.functionFrom)).toList();
    }

    public Optional<String> policyAreaOf(String function) {
        int low = 0;
        int high = ranges.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            FunctionRange range = ranges.get(middle);
            if (range.covers(function)) {
                return Optional.of(range.policyAreaCode);
            }
            if (range.functionFrom.compareTo(function) > 0) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return Optional.empty();
    }
}
