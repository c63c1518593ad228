package dk.radhus.budget.upload;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.budget.AccountUpload;
import dk.radhus.budget.AccountUploadTotal;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.accounts.AccountsService;
import dk.radhus.budget.chart.ChartOfAccountsService;
import dk.radhus.budget.followup.FollowUpService;
import dk.radhus.budget.structure.FiscalYearService;
import dk.radhus.budget.structure.PolicyAreaService;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.problem.ProblemException;

/**
 * Applies CSV uploads of account lines, all or nothing, as versions: per target the active uploads count, a new one
 * replaces those it shares a policy area with, and re-activating an earlier one is the undo. The file's SHA-256 makes
 * it idempotent: a file already applied to the same target is not applied again, whoever sends it and however often.
 */
@ApplicationScoped
public class UploadService {

    private final FollowUpService followUps;
    private final AccountsService accounts;
    private final FiscalYearService years;
    private final PolicyAreaService areas;
    private final ObjectMapper objectMapper;
    private final Audit audit;
    private final AccountLineStore lines;
    private final ChartOfAccountsService charts;

    public UploadService(FollowUpService followUps, AccountsService accounts, FiscalYearService years,
            PolicyAreaService areas, ObjectMapper objectMapper, Audit audit, AccountLineStore lines,
            ChartOfAccountsService charts) {
        this.audit = audit;
        this.charts = charts;
        this.lines = lines;
        this.followUps = followUps;
        this.accounts = accounts;
        this.years = years;
        this.areas = areas;
        this.objectMapper = objectMapper;
    }

    /** Checks the target can take lines now: a draft follow-up, or an open year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireWritable(UploadTarget target) {
        if (target.kind() == AccountUpload.TargetKind.FOLLOW_UP) {
            FollowUp followUp = followUps.find(target.followUpId(), true);
            followUps.requireDraft(followUp);
            requireOpen(followUp.fiscalYear);
        } else {
            requireOpen(target.year());
        }
    }

    private void requireOpen(int year) {
        if (!years.find(year).isOpen()) {
            throw ProblemException.conflict("Budgetåret " + year + " er lukket; tallene kan ikke ændres.");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountUpload> alreadyApplied(UploadTarget target, String hash) {
        return AccountUpload.findCompleted(target.kind(), target.id(), hash);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountUpload> running(UploadTarget target, String hash) {
        return AccountUpload.findRunning(target.kind(), target.id(), hash);
    }

    /**
     * Parses the file against the current function mapping and the year's chart of accounts; the target decides which
     * policy areas may take lines.
     * Also runs on the upload job's thread, which has no request context of its own.
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountLineParser.Result parse(UploadTarget target, byte[] content, AmountUnit unit, UUID uploadId,
            IntConsumer progress) {
        Function<String, Optional<String>> rejection = code -> Optional.empty();
        int year;
        if (target.kind() == AccountUpload.TargetKind.FOLLOW_UP) {
            FollowUp followUp = followUps.find(target.followUpId(), true);
            year = followUp.fiscalYear;
            String committee = followUp.committeeCode;
            Map<String, String> committeeOf = new TreeMap<>();
            for (PolicyArea area : areas.all(null)) {
                committeeOf.put(area.code, area.committeeCode);
            }
            rejection = code -> committee.equals(committeeOf.get(code)) ? Optional.empty()
                    : Optional.of("politikområde " + code + " hører ikke under udvalget " + committee);
        } else {
            year = target.year();
        }
        return new AccountLineParser(areas.mapping(), charts.rules(year), rejection, unit, uploadId)
                .parse(content, progress);
    }

    /**
     * Records a good file as a completed upload with its totals and every line, and makes it the active version: it
     * replaces the target's active uploads that share a policy area with it. One transaction.
     */
    @Transactional
    public AccountUpload apply(UploadTarget target, String hash, AmountUnit unit, AccountLineParser.Result result,
            UUID uploadId, boolean started, String actor) {
        lock(target);
        AccountUpload upload = started ? AccountUpload.<AccountUpload>findById(uploadId)
                : newUpload(uploadId, target, hash, unit, result.lines(), actor);
        upload.status = AccountUpload.Status.COMPLETED;
        upload.doneLines = result.lines();
        upload.totalLines = result.lines();
        upload.finishedAt = Instant.now();
        if (!started) {
            upload.persist();
        }
        result.byPolicyArea().forEach((code, aggregate) -> {
            AccountUploadTotal total = new AccountUploadTotal();
            total.key = new AccountUploadTotal.Key(upload.id, code);
            total.lineCount = aggregate.lines();
            total.amountKroner = aggregate.kroner();
            total.persist();
        });
        lines.store(result.rows());
        // The amounts it added are audited on the follow-up or the accounts; this entry names the file.
        audit.record("upload.applied", "AccountUpload", upload.id, null, Audit.values("targetKind", target.kind(),
                "targetId", target.id(), "contentHash", hash, "unit", unit, "lines", result.lines()));
        makeActive(upload, target, actor);
        return upload;
    }

    /**
     * Makes an earlier completed upload the active version again (the undo of a later one): its figures count
     * again, and those of the active uploads sharing a policy area with it no longer do.
     */
    @Transactional
    public AccountUpload activate(UUID uploadId, String actor) {
        AccountUpload upload = find(uploadId);
        UploadTarget target = new UploadTarget(upload.targetKind, upload.targetId);
        requireWritable(target);
        if (upload.status != AccountUpload.Status.COMPLETED) {
            throw ProblemException.conflict("Kun en gennemført indlæsning kan gøres gældende; denne er "
                    + (upload.status == AccountUpload.Status.RUNNING ? "i gang." : "fejlet."));
        }
        lock(target);
        if (!upload.active) {
            makeActive(upload, target, actor);
        }
        return upload;
    }

    /** The target's history of uploads, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountUpload> history(UploadTarget target) {
        return AccountUpload.listFor(target.kind(), target.id());
    }

    /**
     * Swaps the figures: what the replaced uploads added comes out, what this one adds goes in, as one change per
     * policy area, so the target's figures and the BudgetChanged events it causes count the active version only.
     */
    private void makeActive(AccountUpload upload, UploadTarget target, String actor) {
        List<AccountUploadTotal> incoming = AccountUploadTotal.listFor(upload.id);
        Set<String> areasOfUpload = new TreeSet<>();
        incoming.forEach(t -> areasOfUpload.add(t.key.policyAreaCode()));
        Map<String, BigDecimal> change = new TreeMap<>();
        List<UUID> replaced = new ArrayList<>();
        for (AccountUpload active : AccountUpload.listActive(target.kind(), target.id())) {
            List<AccountUploadTotal> totals = AccountUploadTotal.listFor(active.id);
            if (totals.stream().anyMatch(t -> areasOfUpload.contains(t.key.policyAreaCode()))) {
                totals.forEach(t -> change.merge(t.key.policyAreaCode(), t.amountKroner.negate(), BigDecimal::add));
                active.active = false;
                replaced.add(active.id);
            }
        }
        incoming.forEach(t -> change.merge(t.key.policyAreaCode(), t.amountKroner, BigDecimal::add));
        upload.active = true;
        if (target.kind() == AccountUpload.TargetKind.FOLLOW_UP) {
            followUps.addSpend(followUps.editable(target.followUpId()), change);
        } else {
            accounts.add(target.year(), change, upload.id, actor);
        }
        audit.record("upload.activated", "AccountUpload", upload.id, Audit.values("active", false),
                Audit.values("active", true, "replaces", replaced));
    }

    /** One change of a target's versions at a time, so two uploads cannot both replace the same active one. */
    private void lock(UploadTarget target) {
        AccountUpload.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "account_upload:" + target.kind() + ":" + target.id()).getSingleResult();
    }

    /** Records a background upload before its job starts, so its progress can be read at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AccountUpload start(UploadTarget target, String hash, AmountUnit unit, int totalLines, String actor) {
        AccountUpload upload = newUpload(UUID.randomUUID(), target, hash, unit, totalLines, actor);
        upload.persist();
        return upload;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID uploadId, int doneLines) {
        AccountUpload.update("doneLines = ?1 where id = ?2", doneLines, uploadId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID uploadId, List<AccountLineError> errors) {
        AccountUpload upload = AccountUpload.findById(uploadId);
        upload.status = AccountUpload.Status.FAILED;
        upload.finishedAt = Instant.now();
        try {
            upload.errors = objectMapper.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Upload errors cannot be serialised", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountUpload find(UUID id) {
        return AccountUpload.<AccountUpload>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Indlæsningen " + id + " findes ikke."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountUploadTotal> totals(UUID id) {
        return AccountUploadTotal.listFor(id);
    }

    public List<AccountLineError> errors(AccountUpload upload) {
        if (upload.errors == null) {
            return List.of();
        }
        try {
            return List.of(objectMapper.readValue(upload.errors, AccountLineError[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored upload errors cannot be read", e);
        }
    }

    public static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    private static AccountUpload newUpload(UUID id, UploadTarget target, String hash, AmountUnit unit, int lines,
            String actor) {
        AccountUpload upload = new AccountUpload();
        upload.id = id;
        upload.targetKind = target.kind();
        upload.targetId = target.id();
        upload.contentHash = hash;
        upload.unit = unit;
        upload.status = AccountUpload.Status.RUNNING;
        upload.totalLines = lines;
        upload.doneLines = 0;
        upload.createdBy = actor;
        upload.createdAt = Instant.now();
        return upload;
    }
}
