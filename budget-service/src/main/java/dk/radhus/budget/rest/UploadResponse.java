package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dk.radhus.budget.AccountUpload;
import dk.radhus.budget.AccountUploadTotal;
import dk.radhus.budget.Amounts;
import dk.radhus.budget.upload.AccountLineError;
import dk.radhus.platform.events.AmountUnit;

/**
 * An upload and its progress ({@code doneLines} of {@code totalLines}); who sent it, when, and the file's SHA-256;
 * whether its figures count ({@code active}); when completed, what it holds per policy area in the file's unit; when
 * failed, every bad line. {@code duplicate} is true when the same file had been applied.
 */
public record UploadResponse(UUID id, AccountUpload.TargetKind targetKind, String targetId, AccountUpload.Status status,
        boolean active, int totalLines, int doneLines, AmountUnit unit, String contentHash, String createdBy,
        Instant createdAt, Instant finishedAt, boolean duplicate, List<Total> totals,
        List<AccountLineError> errors) {

    /** What the upload holds for one policy area. */
    public record Total(String policyAreaCode, int lines, BigDecimal amount) {
    }

    static UploadResponse of(AccountUpload upload, boolean duplicate, List<AccountUploadTotal> totals,
            List<AccountLineError> errors) {
        return new UploadResponse(upload.id, upload.targetKind, upload.targetId, upload.status, upload.active,
                upload.totalLines, upload.doneLines, upload.unit, upload.contentHash, upload.createdBy,
                upload.createdAt, upload.finishedAt, duplicate,
                totals.stream().map(t -> new Total(t.key.policyAreaCode(), t.lineCount,
                        Amounts.fromKroner(t.amountKroner, upload.unit))).toList(), errors);
    }
}
