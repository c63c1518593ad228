package dk.radhus.budget.upload;

import java.util.UUID;

import dk.radhus.budget.AccountUpload;

/** Where an upload's lines go: a follow-up (spend to date) or a year's accounts. */
public record UploadTarget(AccountUpload.TargetKind kind, String id) {

    public static UploadTarget followUp(UUID followUpId) {
        return new UploadTarget(AccountUpload.TargetKind.FOLLOW_UP, followUpId.toString());
    }

    public static UploadTarget accounts(int year) {
        return new UploadTarget(AccountUpload.TargetKind.ACCOUNTS, Integer.toString(year));
    }

    UUID followUpId() {
        return UUID.fromString(id);
    }

    int year() {
        return Integer.parseInt(id);
    }
}
