package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dk.radhus.budget.AccountUpload;
import dk.radhus.budget.AccountUploadTotal;
import dk.radhus.budget.Amounts;
import dk.radhus.budget.upload.AccountLineError;
import dk.radhus.platform.events.AmountUnit;

/**
 * An upload and its progress ({@code doneLines} of {@code totalLines}); when completed, what it added per policy area
 * in the file's unit; when failed, every bad line. {@code duplicate} is true when the same file had been applied.
 */
public record UploadResponse(UUID id, AccountUpload.TargetKind targetKind, String targetId, AccountUpload.Status status,
        int totalLines, int doneLines, AmountUnit unit, boolean duplicate, List<Total> totals,
        List<AccountLineError> errors) {

    /** What the upload added to one policy area. */
    public record Total(String policyAreaCode, int lines, BigDecimal amount) {
    }

    static UploadResponse of(AccountUpload upload, boolean duplicate, List<AccountUploadTotal> totals,
            List<AccountLineError> errors) {
        return new UploadResponse(upload.id, upload.targetKind, upload.targetId, upload.status, upload.totalLines,
                upload.doneLines, upload.unit, duplicate,
                totals.stream().map(t -> new Total(t.key.policyAreaCode(), t.lineCount,
                        Amounts.fromKroner(t.amountKroner, upload.unit))).toList(), errors);
    }
}
