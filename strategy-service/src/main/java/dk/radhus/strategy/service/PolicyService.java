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
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.FocusArea;
import dk.radhus.strategy.Goal;
import dk.radhus.strategy.Policy;

/** Policies and the structure of their action plans: focus areas, goals and sub-goals. */
@ApplicationScoped
public class PolicyService {

    private final Audit audit;

    public PolicyService(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    public Policy create(String title, int periodStart, int periodEnd, String owner, String actor) {
        if (periodEnd < periodStart) {
            throw ProblemException.invalidField("periodEnd", "må ikke ligge før periodStart");
        }
        Policy policy = new Policy();
        policy.id = UUID.randomUUID();
        policy.title = title.strip();
        policy.periodStart = periodStart;
        policy.periodEnd = periodEnd;
        policy.owner = owner.strip();
        policy.createdAt = Instant.now();
        policy.persist();
        audit.record("policy.created", "Policy", policy.id, null, AuditValues.policy(policy));
        return policy;
    }

    /** Records the decision that adopted the policy, which makes it public. */
    @Transactional
    public Policy adopt(UUID policyId, String decision, LocalDate adoptedOn, String caseNumber, String actor) {
        Policy policy = policy(policyId);
        Map<String, Object> before = AuditValues.policy(policy);
        policy.adoptedOn = adoptedOn;
        policy.adoptedByDecision = decision.strip();
        policy.adoptedCaseNumber = caseNumber;
        audit.record("policy.adopted", "Policy", policy.id, before, AuditValues.policy(policy));
        return policy;
    }

    @Transactional
    public FocusArea addFocusArea(UUID policyId, String title, String actor) {
        Policy policy = policy(policyId);
        FocusArea area = new FocusArea();
        area.id = UUID.randomUUID();
        area.policy = policy;
        area.title = title.strip();
        area.position = (int) FocusArea.countByPolicy(policyId) + 1;
        area.persist();
        audit.record("focus-area.created", "FocusArea", area.id, null, AuditValues.focusArea(area));
        return area;
    }

    @Transactional
    public Goal addGoal(UUID focusAreaId, String title, String actor) {
        FocusArea area = FocusArea.<FocusArea>findByIdOptional(focusAreaId)
                .orElseThrow(() -> ProblemException.notFound("Fokusområdet " + focusAreaId + " findes ikke."));
        return persistGoal(area, null, title, actor);
    }

    @Transactional
    public Goal addSubGoal(UUID goalId, String title, String actor) {
        Goal parent = goal(goalId);
        if (parent.parent != null) {
            throw ProblemException.conflict("Et delmål kan ikke have egne delmål.");
        }
        return persistGoal(parent.focusArea, parent, title, actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Policy> list(boolean adoptedOnly) {
        return Policy.listVisible(adoptedOnly);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Policy> find(UUID id) {
        return Policy.findByIdOptional(id);
    }

    static Policy policy(UUID policyId) {
        return Policy.<Policy>findByIdOptional(policyId)
                .orElseThrow(() -> ProblemException.notFound("Politikken " + policyId + " findes ikke."));
    }

    static Goal goal(UUID goalId) {
        return Goal.<Goal>findByIdOptional(goalId)
                .orElseThrow(() -> ProblemException.notFound("Målet " + goalId + " findes ikke."));
    }

    private Goal persistGoal(FocusArea area, Goal parent, String title, String actor) {
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.focusArea = area;
        goal.parent = parent;
        goal.title = title.strip();
        goal.position = (int) Goal.countSiblings(area.id, parent == null ? null : parent.id) + 1;
        goal.persist();
        audit.record(parent == null ? "goal.created" : "sub-goal.created", "Goal", goal.id, null, AuditValues.goal(goal));
        return goal;
    }
}
