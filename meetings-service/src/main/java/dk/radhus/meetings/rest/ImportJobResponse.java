package dk.radhus.meetings.rest;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dk.radhus.meetings.ImportJob;
import dk.radhus.meetings.ImportJobDocument;
import dk.radhus.meetings.service.ArchiveImportService;

/** An archive import: its state, how many documents are done of how many, the count per outcome, and each result. */
public record ImportJobResponse(UUID id, ImportJob.State state, boolean dryRun, boolean published,
        String committeeCode, int total, int done, Map<ImportJobDocument.Outcome, Integer> outcomes,
        Instant createdAt, String createdBy, Instant finishedAt, List<Document> documents) {

    /** One document's result: null outcome while it waits. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(int position, String name, ImportJobDocument.Outcome outcome, UUID meetingId,
            Integer version, String state, String message, List<String> warnings) {

        static Document of(ImportJobDocument d) {
            return new Document(d.position, d.name, d.outcome, d.meetingId, d.version, d.state, d.message,
                    d.warnings.isEmpty() ? List.of() : d.warnings.lines().toList());
        }
    }

    static ImportJobResponse of(ArchiveImportService.JobStatus status) {
        ImportJob job = status.job();
        Map<ImportJobDocument.Outcome, Integer> outcomes = new EnumMap<>(ImportJobDocument.Outcome.class);
        status.documents().stream().filter(d -> d.outcome != null).forEach(d -> outcomes.merge(d.outcome, 1, Integer::sum));
        int done = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        return new ImportJobResponse(job.id, job.state, job.dryRun, job.published, job.committeeCode, job.total, done,
                outcomes, job.createdAt, job.createdBy, job.finishedAt,
                status.documents().stream().map(Document::of).toList());
    }
}
