package dk.radhus.budget.rest;

import java.util.List;

import dk.radhus.budget.FunctionRange;
import dk.radhus.budget.PolicyArea;

/** A policy area with the functions it covers. */
public record PolicyAreaResponse(String code, String name, String committeeCode, PolicyArea.Kind kind,
        List<FunctionRangeResponse> functions) {

    /** An inclusive range of functions. */
    public record FunctionRangeResponse(String from, String to) {

        static FunctionRangeResponse of(FunctionRange range) {
            return new FunctionRangeResponse(range.functionFrom, range.functionTo);
        }
    }

    static PolicyAreaResponse of(PolicyArea area, List<FunctionRange> functions) {
        return new PolicyAreaResponse(area.code, area.name, area.committeeCode, area.kind,
                functions.stream().map(FunctionRangeResponse::of).toList());
    }
}
