package dk.radhus.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One document of an archive import: its name and content until imported, then its outcome. */
@Entity
@Table(name = "import_job_document")
public class ImportJobDocument extends PanacheEntityBase {

    /** What importing the document did (or, in a dry run, would do). */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "job_id", nullable = false)
    public UUID jobId;

    /** The document's place in the archive, from 1. */
    @Column(nullable = false)
    public int position;

    /** The entry's name in the archive (its path inside the zip). */
    @Column(nullable = false)
    public String name;

    /** The document's bytes while it waits; cleared once it has its outcome. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "meeting_id")
    public UUID meetingId;

    public Integer version;

    /** The meeting's state after the import (MeetingState), or what a new meeting's would be in a dry run. */
    public String state;

    /** Why the document failed. */
    public String message;

    /** The parser's warnings about the document, one per line. */
    @Column(nullable = false)
    public String warnings = "";

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The job's next document that waits for its outcome. */
    public static Optional<ImportJobDocument> nextPending(UUID jobId) {
        return find("jobId = ?1 and outcome is null order by position", jobId).firstResultOptional();
    }

    public static List<ImportJobDocument> listForJob(UUID jobId) {
        return list("jobId = ?1 order by position", jobId);
    }

    /** Records the outcome and lets go of the content. */
    public void settle(Outcome result, UUID meeting, Integer meetingVersion, String meetingState, String why,
            List<String> parserWarnings) {
        outcome = result;
        meetingId = meeting;
        version = meetingVersion;
        state = meetingState;
        message = why;
        warnings = String.join("\n", parserWarnings);
        content = null;
        finishedAt = Instant.now();
    }
}
