package dk.radhus.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;

import io.quarkus.scheduler.Scheduled;

/**
 * Imports the waiting documents of archive jobs on a managed worker thread, never on a request's: woken when a job is
 * stored, and every poll (a job left running by a restart goes on at the next one, on whichever replica gets the
 * import lock first). Each turn imports until nothing waits.
 */
@ApplicationScoped
public class ArchiveImportWorker {

    private final ArchiveImportService archives;
    private final ManagedExecutor executor;

    public ArchiveImportWorker(ArchiveImportService archives, ManagedExecutor executor) {
        this.archives = archives;
        this.executor = executor;
    }

    /** Starts a turn now, for a job just stored; a turn already running holds the lock, and this one ends at once. */
    public void wake() {
        executor.runAsync(this::importWaitingDocuments);
    }

    @Scheduled(every = "${meetings.import.archive.poll}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void importWaitingDocuments() {
        while (archives.importNext()) {
            // one document per transaction; the next turn takes the next one
        }
    }
}
