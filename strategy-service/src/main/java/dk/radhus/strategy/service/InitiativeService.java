package dk.radhus.strategy.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.events.InitiativeStatusChanged;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.outbox.Outbox;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.Department;
import dk.radhus.strategy.Goal;
import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.InitiativeStatusChange;
import dk.radhus.strategy.Light;

/** Initiatives and their status: every change is kept as history, audited and published as InitiativeStatusChanged. */
@ApplicationScoped
public class InitiativeService {

    private final Outbox outbox;
    private final Audit audit;

    public InitiativeService(Outbox outbox, Audit audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Adds an initiative to a goal with its first status. */
    @Transactional
    public Initiative create(UUID goalId, String reference, InitiativeDetails details, StatusReport status,
            String actor) {
        Goal goal = PolicyService.goal(goalId);
        requireActiveDepartment(details.departmentCode());
        requireOrderedPeriod(details.startDate(), details.endDate());
        if (Initiative.findByReference(reference).isPresent()) {
            throw ProblemException.conflict("Indsatsen " + reference + " findes allerede.");
        }
        Initiative initiative = new Initiative();
        initiative.id = UUID.randomUUID();
        initiative.reference = reference;
        initiative.goal = goal;
        apply(initiative, details);
        initiative.createdAt = Instant.now();
        audit.record("initiative.created", "Initiative", initiative.id, null, AuditValues.initiative(initiative));
        changeStatus(initiative, status.light(), status.narrative(), status.asOf(), actor);
        return initiative;
    }

    @Transactional
    public Initiative updateDetails(UUID initiativeId, InitiativeDetails details, String actor) {
        Initiative initiative = find(initiativeId)
                .orElseThrow(() -> ProblemException.notFound("Indsatsen " + initiativeId + " findes ikke."));
        if (!details.departmentCode().equals(initiative.departmentCode)) {
            requireActiveDepartment(details.departmentCode());
        }
        requireOrderedPeriod(details.startDate(), details.endDate());
        Map<String, Object> before = AuditValues.initiative(initiative);
        apply(initiative, details);
        audit.record("initiative.updated", "Initiative", initiative.id, before, AuditValues.initiative(initiative));
        return initiative;
    }

    @Transactional
    public Initiative updateStatus(UUID initiativeId, StatusReport status, String actor) {
        Initiative initiative = find(initiativeId)
                .orElseThrow(() -> ProblemException.notFound("Indsatsen " + initiativeId + " findes ikke."));
        if (status.asOf().isBefore(initiative.statusAsOf)) {
            throw ProblemException.invalidField("asOf", "må ikke ligge før den nuværende status (" + initiative.statusAsOf + ")");
        }
        applyStatus(initiative, status.light(), status.narrative(), status.asOf(), actor);
        return initiative;
    }

    /** Sets a new status unless it equals the current one; returns whether anything changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyStatus(Initiative initiative, Light light, String narrative, LocalDate asOf, String actor) {
        String text = narrative.strip();
        if (initiative.light == light && initiative.narrative.equals(text) && initiative.statusAsOf.equals(asOf)) {
            return false;
        }
        changeStatus(initiative, light, text, asOf, actor);
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Initiative> find(UUID id) {
        return Initiative.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Initiative> search(UUID policyId, UUID focusAreaId, String departmentCode) {
        return Initiative.search(policyId, focusAreaId, departmentCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InitiativeStatusChange> history(UUID initiativeId) {
        return InitiativeStatusChange.historyOf(initiativeId);
    }

    private void changeStatus(Initiative initiative, Light light, String narrative, LocalDate asOf, String actor) {
        Light from = initiative.light;
        Map<String, Object> before = from == null ? null : AuditValues.status(initiative);
        Instant now = Instant.now();
        initiative.light = light;
        initiative.narrative = narrative.strip();
        initiative.statusAsOf = asOf;
        initiative.statusChangedAt = now;
        initiative.statusChangedBy = actor;
        if (from != null) {
            audit.record("initiative.status", "Initiative", initiative.id, before, AuditValues.status(initiative));
        }
        InitiativeStatusChange change = new InitiativeStatusChange();
        change.id = UUID.randomUUID();
        change.initiative = initiative;
        change.fromLight = from;
        change.toLight = light;
        change.narrative = initiative.narrative;
        change.asOf = asOf;
        change.changedBy = actor;
        change.changedAt = now;
        if (from == null) {
            initiative.persist();
        }
        change.persist();
        outbox.publish(Topics.STRATEGY, new InitiativeStatusChanged(initiative.id, initiative.reference,
                initiative.title, initiative.goal.focusArea.policy.id, initiative.goal.focusArea.policy.title,
                initiative.goal.focusArea.title, initiative.departmentCode,
                from == null ? null : InitiativeStatusChanged.Light.valueOf(from.name()),
                InitiativeStatusChanged.Light.valueOf(light.name()), initiative.narrative, asOf, actor));
    }

    private static void apply(Initiative initiative, InitiativeDetails details) {
        initiative.title = details.title().strip();
        initiative.description = details.description();
        initiative.departmentCode = details.departmentCode();
        initiative.partners = details.partners();
        initiative.startDate = details.startDate();
        initiative.endDate = details.endDate();
    }

    private static void requireOrderedPeriod(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalidField("endDate", "må ikke ligge før startDate");
        }
    }

    private static void requireActiveDepartment(String code) {
        boolean active = Department.<Department>findByIdOptional(code).map(d -> d.active).orElse(false);
        if (!active) {
            throw ProblemException.invalidField("departmentCode", "afdelingen '" + code + "' findes ikke eller er ikke aktiv");
        }
    }
}
