package dk.radhus.portal.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the pages read from budget-service. */
public final class Budget {

    private Budget() {
    }

    /** A committee as budget-service knows it (its read model of meetings-service's committees). */
    public record Committee(String code, String name) {
    }

    /** A budget follow-up (budgetopfølgning) without its figures. */
    public record FollowUpSummary(UUID id, String committeeCode, int fiscalYear, int round, LocalDate cutOffDate,
            String status) {

        public boolean draft() {
            return "DRAFT".equals(status);
        }
    }

    /**
     * A CSV upload and its progress: {@code doneLines} of {@code totalLines}; {@code RUNNING}, {@code COMPLETED} or
     * {@code FAILED} (then {@code errors} has every bad line).
     */
    public record Upload(UUID id, String targetKind, String targetId, String status, int totalLines, int doneLines,
            String unit, boolean duplicate, List<LineError> errors) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

        public boolean failed() {
            return "FAILED".equals(status);
        }

        public List<LineError> errorsOrEmpty() {
            return errors == null ? List.of() : errors;
        }
    }

    /** A rejected line: line number in the file (the header is line 1), column as the header names it, reason. */
    public record LineError(Integer line, String column, String field, String message) {
    }

    /** A problem+json answer; an upload rejected before it started lists its bad lines in {@code errors}. */
    public record Problem(String title, int status, String detail, List<LineError> errors) {

        public List<LineError> errorsOrEmpty() {
            return errors == null ? List.of() : errors;
        }
    }
}
