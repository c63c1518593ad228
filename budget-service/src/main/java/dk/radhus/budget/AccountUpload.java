package dk.radhus.budget;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dk.radhus.platform.events.AmountUnit;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A CSV upload of account lines into a follow-up or a year's accounts, and its progress. */
@Entity
@Table(name = "account_upload")
public class AccountUpload extends PanacheEntityBase {

    /** What the upload's lines are added to. */
    public enum TargetKind {
        FOLLOW_UP, ACCOUNTS
    }

    /** RUNNING while lines are checked; COMPLETED when applied; FAILED (nothing applied) on any bad line. */
    public enum Status {
        RUNNING, COMPLETED, FAILED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    public TargetKind targetKind;

    @Column(name = "target_id", nullable = false)
    public String targetId;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AmountUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "total_lines", nullable = false)
    public int totalLines;

    @Column(name = "done_lines", nullable = false)
    public int doneLines;

    /** The bad lines of a failed upload, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String errors;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Whether this completed upload's figures count; a later upload sharing a policy area replaces it. */
    @Column(nullable = false)
    public boolean active;

    public static Optional<AccountUpload> findCompleted(TargetKind kind, String targetId, String contentHash) {
        return find("targetKind = ?1 and targetId = ?2 and contentHash = ?3 and status = ?4", kind, targetId,
                contentHash, Status.COMPLETED).firstResultOptional();
    }

    /** The target's uploads, oldest first: its history. */
    public static List<AccountUpload> listFor(TargetKind kind, String targetId) {
        return list("targetKind = ?1 and targetId = ?2 order by createdAt, id", kind, targetId);
    }

    public static List<AccountUpload> listActive(TargetKind kind, String targetId) {
        return list("targetKind = ?1 and targetId = ?2 and active = true", kind, targetId);
    }

    public static Optional<AccountUpload> findRunning(TargetKind kind, String targetId, String contentHash) {
        return find("targetKind = ?1 and targetId = ?2 and contentHash = ?3 and status = ?4", kind, targetId,
                contentHash, Status.RUNNING).firstResultOptional();
    }
}
