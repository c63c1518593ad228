package dk.radhus.budget.upload;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dk.radhus.budget.AccountUpload;
import dk.radhus.budget.config.UploadConfig;
import dk.radhus.platform.audit.AuditActor;
import dk.radhus.platform.csv.CsvReader;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.problem.ProblemException;

/**
 * Runs an upload: small files at once (201, or 400 with every bad line), large files — or when asked — as a
 * background job whose progress can be read while it runs (202). One job at a time, so big uploads queue rather than
 * compete for the database.
 */
@ApplicationScoped
public class AccountUploads {

    private static final Logger LOG = Logger.getLogger(AccountUploads.class);

    /** What happened: the upload, whether the same file had already been applied, whether it runs as a job. */
    public record Outcome(AccountUpload upload, boolean duplicate, boolean background) {
    }

    private final UploadService uploads;
    private final UploadConfig config;
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> new Thread(r, "budget-upload-job"));

    public AccountUploads(UploadService uploads, UploadConfig config) {
        this.uploads = uploads;
        this.config = config;
    }

    public Outcome upload(UploadTarget target, byte[] content, AmountUnit unit, boolean background, String actor) {
        uploads.requireWritable(target);
        String hash = UploadService.hash(content);
        Optional<AccountUpload> applied = uploads.alreadyApplied(target, hash);
        if (applied.isPresent()) {
            // Sending an earlier version's file again makes that version count again, as re-activating it does.
            AccountUpload again = applied.get().active ? applied.get() : uploads.activate(applied.get().id, actor);
            return new Outcome(again, true, false);
        }
        Optional<AccountUpload> running = uploads.running(target, hash);
        if (running.isPresent()) {
            return new Outcome(running.get(), true, true);
        }
        int lines = CsvReader.dataLines(content);
        if (background || lines >= config.jobThresholdLines()) {
            AccountUpload upload = uploads.start(target, hash, unit, lines, actor);
            jobs.submit(() -> runJob(upload.id, target, content, unit, hash, actor));
            return new Outcome(upload, false, true);
        }
        UUID uploadId = UUID.randomUUID();
        AccountLineParser.Result result = uploads.parse(target, content, unit, uploadId, done -> {
        });
        if (!result.ok()) {
            throw new UploadRejectedException(result.errors());
        }
        return new Outcome(applyOnce(target, hash, unit, result, uploadId, false, actor), false, false);
    }

    private void runJob(UUID uploadId, UploadTarget target, byte[] content, AmountUnit unit, String hash,
            String actor) {
        try {
            int every = config.progressEveryLines();
            AccountLineParser.Result result = uploads.parse(target, content, unit, uploadId, done -> {
                if (done % every == 0) {
                    uploads.progress(uploadId, done);
                }
            });
            if (!result.ok()) {
                uploads.fail(uploadId, result.errors());
                return;
            }
            // The job runs outside the request, so its audit entries are attributed to the user who started it.
            AuditActor.runAs(actor, () -> applyOnce(target, hash, unit, result, uploadId, true, actor));
            LOG.infof("Upload %s applied %d account lines to %s %s", uploadId, result.lines(), target.kind(),
                    target.id());
        } catch (ProblemException e) {
            uploads.fail(uploadId, List.of(new AccountLineError(0, "-", "target", e.getMessage())));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Upload %s failed", uploadId);
            uploads.fail(uploadId, List.of(new AccountLineError(0, "-", "upload",
                    "indlæsningen fejlede uventet; prøv igen")));
        }
    }

    /** Applies the file; if a concurrent upload of the same file won the race, the unique index refuses this one. */
    private AccountUpload applyOnce(UploadTarget target, String hash, AmountUnit unit, AccountLineParser.Result result,
            UUID uploadId, boolean started, String actor) {
        try {
            return uploads.apply(target, hash, unit, result, uploadId, started, actor);
        } catch (RuntimeException e) {
            Optional<AccountUpload> applied = uploads.alreadyApplied(target, hash);
            if (applied.isPresent()) {
                return applied.get();
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        jobs.shutdownNow();
    }
}
