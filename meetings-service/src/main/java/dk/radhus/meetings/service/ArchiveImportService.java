package dk.radhus.meetings.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dk.radhus.meetings.Committee;
import dk.radhus.meetings.ImportJob;
import dk.radhus.meetings.ImportJobDocument;
import dk.radhus.meetings.config.ArchiveImportConfig;
import dk.radhus.meetings.importing.ArchiveEntries;
import dk.radhus.meetings.importing.DocumentFormat;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.audit.AuditActor;
import dk.radhus.platform.locks.AdvisoryLocks;
import dk.radhus.platform.problem.Problem;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Archive imports: a zip's documents are stored with their job in one transaction, then imported one at a time, each
 * in a transaction of its own, by whichever replica's worker holds the import lock. A document that fails (unknown
 * committee, no date, not readable, minutes approved …) gets its message; the job goes on. A dry run imports each
 * document in a transaction that is rolled back, so it reports what the import would do and writes nothing.
 */
@ApplicationScoped
public class ArchiveImportService {

    private static final Logger LOG = Logger.getLogger(ArchiveImportService.class);

    /** A job and its documents, in archive order. */
    public record JobStatus(ImportJob job, List<ImportJobDocument> documents) {
    }

    /**
     * A document's turn whose transaction is rolled back: it failed (and why), or it was a dry run (and what the import
     * found). Thrown out of the transaction to roll it back; its outcome is recorded in the next.
     */
    private static final class Undone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UUID documentId;
        private final transient ImportService.Result dryRunResult;

        Undone(UUID documentId, ImportService.Result dryRunResult, String failure) {
            super(failure, null, false, false);
            this.documentId = documentId;
            this.dryRunResult = dryRunResult;
        }
    }

    private static final String IMPORT_JOBS_LOCK = "meetings:import-jobs";

    private final ImportService imports;
    private final ArchiveImportConfig config;
    private final Audit audit;
    private final Caller caller;
    private final EntityManager entityManager;

    public ArchiveImportService(ImportService imports, ArchiveImportConfig config, Audit audit, Caller caller,
            EntityManager entityManager) {
        this.imports = imports;
        this.config = config;
        this.audit = audit;
        this.caller = caller;
        this.entityManager = entityManager;
    }

    /**
     * Stores the archive's documents as a running job. An archive that breaks a limit or is no zip is a 400 naming
     * {@code body}, an unknown committee one naming {@code committee}; either stores nothing.
     */
    @Transactional
    public ImportJob start(Path zip, String committeeCode, boolean dryRun, boolean published) {
        String committee = committeeCode == null || committeeCode.isBlank() ? null : committeeCode.strip();
        if (committee != null && Committee.findByIdOptional(committee).isEmpty()) {
            throw ProblemException.invalidField("committee", "udvalget findes ikke");
        }
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.committeeCode = committee;
        job.dryRun = dryRun;
        job.published = published;
        job.state = ImportJob.State.RUNNING;
        job.createdAt = Instant.now();
        job.createdBy = caller.name();
        job.persist();
        int[] position = {0};
        try {
            job.total = ArchiveEntries.forEach(zip, limits(), entry -> {
                ImportJobDocument document = new ImportJobDocument();
                document.id = UUID.randomUUID();
                document.jobId = job.id;
                document.position = ++position[0];
                document.name = entry.name();
                document.content = entry.content();
                document.persist();
                // one document's bytes in memory at a time, however large the archive
                entityManager.flush();
                entityManager.detach(document);
            });
        } catch (ArchiveEntries.UnsafeArchive e) {
            throw ProblemException.invalidField("body", e.getMessage());
        }
        audit.record("import-job.started", "ImportJob", job.id, null, Audit.values("committeeCode", committee,
                "dryRun", dryRun, "published", published, "documents", job.total));
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JobStatus> status(UUID id) {
        return ImportJob.<ImportJob>findByIdOptional(id)
                .map(job -> new JobStatus(job, ImportJobDocument.listForJob(id)));
    }

    /**
     * Imports the next waiting document of the oldest running job; false when none waits or another replica holds the
     * import lock. A successful import records its outcome in its own transaction, so a crash imports it again or
     * not at all; a failure and a dry run's result are recorded in a second transaction, after the first is rolled
     * back.
     */
    public boolean importNext() {
        try {
            return QuarkusTransaction.requiringNew().call(this::takeNext);
        } catch (Undone undone) {
            QuarkusTransaction.requiringNew().run(() -> settle(undone.documentId, undone.dryRunResult,
                    undone.getMessage()));
            return true;
        }
    }

    /** Imports the next waiting document; false when none waits or another replica holds the import lock. */
    private boolean takeNext() {
        if (!lockImports(false)) {
            return false;
        }
        Optional<ImportJob> running = ImportJob.oldestRunning();
        if (running.isEmpty()) {
            return false;
        }
        ImportJob job = running.get();
        Optional<ImportJobDocument> next = ImportJobDocument.nextPending(job.id);
        if (next.isEmpty()) {
            job.finishIfDone();
            return true;
        }
        ImportJobDocument document = next.get();
        DocumentFormat format = DocumentFormat.ofFileName(document.name).orElseThrow(() -> new Undone(document.id,
                null, "filtypen kan ikke indlæses; brug .txt, .md, .html, .htm, .pdf eller .docx"));
        ImportService.Result result;
        try {
            // the job runs outside the request, so its audit entries are attributed to the user who started it
            result = AuditActor.callAs(job.createdBy, () -> imports.importDocument(document.content, format,
                    job.committeeCode, job.published, job.createdBy));
        } catch (ProblemException e) {
            throw new Undone(document.id, null, message(e.problem()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Importing document %d (%s) of job %s failed", document.position, document.name, job.id);
            throw new Undone(document.id, null, "dokumentet kunne ikke indlæses på grund af en uventet fejl");
        }
        if (job.dryRun) {
            throw new Undone(document.id, result, null);
        }
        record(document, job, result, null);
        return true;
    }

    /** Records a failure or a dry run's result, unless another replica recorded the document meanwhile. */
    private void settle(UUID documentId, ImportService.Result result, String failure) {
        lockImports(true);
        ImportJobDocument document = ImportJobDocument.findById(documentId);
        if (document.outcome == null) {
            record(document, ImportJob.findById(document.jobId), result, failure);
        }
    }

    private static void record(ImportJobDocument document, ImportJob job, ImportService.Result result,
            String failure) {
        if (result == null) {
            document.settle(ImportJobDocument.Outcome.FAILED, null, null, null, failure, List.of());
        } else {
            boolean created = result.outcome() == ImportService.Outcome.CREATED;
            document.settle(ImportJobDocument.Outcome.valueOf(result.outcome().name()),
                    job.dryRun && created ? null : result.meetingId(), result.version(), result.state().name(), null,
                    result.document().warnings());
        }
        job.finishIfDone();
    }

    /** The lock one replica holds while it imports or records a document (transaction-level advisory lock). */
    private boolean lockImports(boolean wait) {
        if (wait) {
            AdvisoryLocks.lock(entityManager, IMPORT_JOBS_LOCK);
            return true;
        }
        return AdvisoryLocks.tryLock(entityManager, IMPORT_JOBS_LOCK);
    }

    private ArchiveEntries.Limits limits() {
        return new ArchiveEntries.Limits(config.maxEntries(), config.maxEntrySize().asLongValue(),
                config.maxTotalSize().asLongValue(), config.maxRatio());
    }

    private static String message(Problem problem) {
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return problem.detail();
        }
        return problem.errors().stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
    }
}
