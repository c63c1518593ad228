package dk.radhus.meetings;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An archive of documents to import (POST /imports/archives): running until every document has its outcome. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    /** Running while a document waits; done when each has its outcome. */
    public enum State {
        RUNNING,
        DONE
    }

    @Id
    public UUID id;

    /** The committee every document is imported into; null: each document's own committee name decides. */
    @Column(name = "committee_code")
    public String committeeCode;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(nullable = false)
    public boolean published;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public int total;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The oldest running job, whose documents are imported first. */
    public static Optional<ImportJob> oldestRunning() {
        return find("state = ?1 order by createdAt, id", State.RUNNING).firstResultOptional();
    }

    /** Marks the job done once none of its documents waits. */
    public void finishIfDone() {
        if (state == State.RUNNING && ImportJobDocument.count("jobId = ?1 and outcome is null", id) == 0) {
            state = State.DONE;
            finishedAt = Instant.now();
        }
    }
}
