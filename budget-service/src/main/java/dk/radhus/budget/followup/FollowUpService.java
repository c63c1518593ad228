package dk.radhus.budget.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.FollowUpLine;
import dk.radhus.budget.FollowUpTransition;
import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.structure.FiscalYearService;
import dk.radhus.budget.structure.PolicyAreaService;
import dk.radhus.committees.CommitteeDirectory;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;

/**
 * Follow-ups and their state machine: DRAFT → SUBMITTED → APPROVED. Figures change only in DRAFT; finance may reopen
 * a SUBMITTED follow-up with a reason; an APPROVED one is final.
 */
@ApplicationScoped
public class FollowUpService {

    private final FiscalYearService years;
    private final PolicyAreaService areas;
    private final CommitteeDirectory committees;
    private final FollowUpPublisher publisher;
    private final Audit audit;

    public FollowUpService(FiscalYearService years, PolicyAreaService areas, CommitteeDirectory committees,
            FollowUpPublisher publisher, Audit audit) {
        this.years = years;
        this.areas = areas;
        this.committees = committees;
        this.publisher = publisher;
        this.audit = audit;
    }

    /** Starts round {@code round} of the committee's follow-ups for the year, as a draft. */
    @Transactional
    public FollowUp create(String committeeCode, int fiscalYear, int round, LocalDate cutOffDate, String actor) {
        years.requireOpen(fiscalYear);
        if (committees.find(committeeCode).isEmpty()) {
            throw ProblemException.invalidField("committeeCode", "udvalget " + committeeCode + " findes ikke");
        }
        if (cutOffDate.getYear() != fiscalYear) {
            throw ProblemException.invalidField("cutOffDate", "skal ligge i budgetåret " + fiscalYear);
        }
        if (FollowUp.count("committeeCode = ?1 and fiscalYear = ?2 and round = ?3", committeeCode, fiscalYear,
                round) > 0) {
            throw ProblemException.conflict("%d. budgetopfølgning %d for %s findes allerede."
                    .formatted(round, fiscalYear, committeeCode));
        }
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.committeeCode = committeeCode;
        followUp.fiscalYear = fiscalYear;
        followUp.round = round;
        followUp.cutOffDate = cutOffDate;
        followUp.status = FollowUp.Status.DRAFT;
        followUp.createdBy = actor;
        followUp.createdAt = Instant.now();
        followUp.persist();
        audit.record("follow-up.created", "FollowUp", followUp.id, null, Audit.values("committeeCode", committeeCode,
                "fiscalYear", fiscalYear, "round", round, "cutOffDate", cutOffDate, "status", followUp.status));
        return followUp;
    }

    /** The follow-up; a draft only for those who may see drafts, else it does not exist for the caller. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUp find(UUID id, boolean draftsVisible) {
        return FollowUp.byId(id).filter(f -> draftsVisible || !f.isDraft())
                .orElseThrow(() -> ProblemException.notFound("Budgetopfølgningen " + id + " findes ikke."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUp> search(Integer year, String committeeCode, boolean draftsVisible) {
        return FollowUp.search(year, committeeCode, draftsVisible);
    }

    @Transactional
    public FollowUp putLine(UUID id, String policyAreaCode, PostedLine posted) {
        FollowUp followUp = editable(id);
        PolicyArea area = areaOf(followUp, policyAreaCode);
        Map<String, Object> before = FollowUpLine.find(followUp.id, area.code).map(FollowUpService::values)
                .orElse(null);
        FollowUpLine line = FollowUpLine.find(followUp.id, area.code).orElseGet(() -> {
            FollowUpLine created = FollowUpLine.empty(followUp.id, area.code);
            created.persist();
            return created;
        });
        line.spendToDateKroner = Amounts.toKroner(posted.spendToDate(), posted.unit());
        line.requestedKroner = Amounts.toKroner(posted.requestedAppropriation(), posted.unit());
        line.forecastKroner = Amounts.toKroner(posted.forecast(), posted.unit());
        line.comments = posted.comments();
        line.appropriationStatus = line.requestedKroner.signum() == 0 ? FollowUpLine.AppropriationStatus.NONE
                : FollowUpLine.AppropriationStatus.REQUESTED;
        audit.record("follow-up.line", "FollowUpLine", line.id, before, values(line));
        return followUp;
    }

    /** Adds uploaded spend (kroner per policy area) to the follow-up's lines. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addSpend(FollowUp followUp, Map<String, BigDecimal> kronerByArea) {
        requireDraft(followUp);
        Map<String, BigDecimal> before = new TreeMap<>();
        Map<String, BigDecimal> after = new TreeMap<>();
        kronerByArea.forEach((code, kroner) -> {
            FollowUpLine line = FollowUpLine.find(followUp.id, code).orElseGet(() -> {
                FollowUpLine created = FollowUpLine.empty(followUp.id, code);
                created.persist();
                return created;
            });
            before.put(code, line.spendToDateKroner);
            line.spendToDateKroner = line.spendToDateKroner.add(kroner);
            after.put(code, line.spendToDateKroner);
        });
        audit.record("follow-up.spend-uploaded", "FollowUp", followUp.id, Audit.values("spendToDateKroner", before),
                Audit.values("spendToDateKroner", after));
    }

    @Transactional
    public FollowUp submit(UUID id, String actor) {
        FollowUp followUp = editable(id);
        followUp.status = FollowUp.Status.SUBMITTED;
        followUp.submittedAt = Instant.now();
        FollowUpTransition.record(followUp, FollowUp.Status.DRAFT, null, actor);
        audit.record("follow-up.submitted", "FollowUp", followUp.id, Audit.values("status", FollowUp.Status.DRAFT),
                Audit.values("status", followUp.status));
        publisher.submitted(followUp);
        return followUp;
    }

    @Transactional
    public FollowUp reopen(UUID id, String reason, String actor) {
        FollowUp followUp = find(id, true);
        if (followUp.status != FollowUp.Status.SUBMITTED) {
            throw ProblemException.conflict("Kun en indsendt budgetopfølgning kan genåbnes; denne er "
                    + danish(followUp.status) + ".");
        }
        years.requireOpen(followUp.fiscalYear);
        followUp.status = FollowUp.Status.DRAFT;
        followUp.submittedAt = null;
        FollowUpTransition.record(followUp, FollowUp.Status.SUBMITTED, reason.strip(), actor);
        audit.record("follow-up.reopened", "FollowUp", followUp.id, Audit.values("status", FollowUp.Status.SUBMITTED),
                Audit.values("status", followUp.status, "reason", reason.strip()));
        return followUp;
    }

    /** The follow-up for a change of its figures: it must be a draft in an open year. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FollowUp editable(UUID id) {
        FollowUp followUp = find(id, true);
        requireDraft(followUp);
        years.requireOpen(followUp.fiscalYear);
        return followUp;
    }

    /** The committee's policy area, for a line or an uploaded account line. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyArea areaOf(FollowUp followUp, String policyAreaCode) {
        PolicyArea area = areas.find(policyAreaCode);
        if (!area.committeeCode.equals(followUp.committeeCode)) {
            throw ProblemException.invalidField("policyAreaCode", "politikområde %s hører ikke under udvalget %s"
                    .formatted(area.code, followUp.committeeCode));
        }
        return area;
    }

    /** Figures change only in a draft. */
    public void requireDraft(FollowUp followUp) {
        if (!followUp.isDraft()) {
            throw ProblemException.conflict("Budgetopfølgningen er " + danish(followUp.status)
                    + "; tallene kan ikke ændres, før finans har genåbnet den med en begrundelse.");
        }
    }

    /** What an audit entry records of a follow-up line. */
    public static Map<String, Object> values(FollowUpLine line) {
        return Audit.values("followUpId", line.followUpId, "policyAreaCode", line.policyAreaCode,
                "spendToDateKroner", line.spendToDateKroner, "requestedKroner", line.requestedKroner,
                "forecastKroner", line.forecastKroner, "comments", line.comments,
                "appropriationStatus", line.appropriationStatus, "decisionItemId", line.decisionItemId);
    }

    private static String danish(FollowUp.Status status) {
        return switch (status) {
            case DRAFT -> "en kladde";
            case SUBMITTED -> "indsendt";
            case APPROVED -> "godkendt";
        };
    }
}
