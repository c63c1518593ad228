package dk.radhus.strategy.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.FocusArea;
import dk.radhus.strategy.Goal;
import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.Policy;

/** Reads a policy's tree: the public structure, or the internal action plan with initiatives and rolled-up lights. */
@ApplicationScoped
public class ActionPlanService {

    private final Staleness staleness;
    private final ApprovalService approvals;

    public ActionPlanService(Staleness staleness, ApprovalService approvals) {
        this.staleness = staleness;
        this.approvals = approvals;
    }

    /**
     * A policy with its focus areas and goals (sub-goals have a parent), the initiatives under them with the ids of
     * the stale ones, their rolled-up lights, and the decisions on the action plan.
     */
    public record ActionPlan(Policy policy, List<FocusArea> focusAreas, List<Goal> goals, List<Initiative> initiatives,
            Set<UUID> stale, RollUp rollUp, List<ApprovalService.Recorded> approvals) {
    }

    /** The public view: adopted policies only (unless {@code includeDrafts}), without initiatives or decisions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlan structure(UUID policyId, boolean includeDrafts) {
        Policy policy = Policy.<Policy>findByIdOptional(policyId).filter(p -> includeDrafts || p.adopted())
                .orElseThrow(() -> ProblemException.notFound("Politikken " + policyId + " findes ikke."));
        return plan(policy, List.of(), List.of());
    }

    /** The internal action plan: initiatives with status and staleness, rolled-up lights, decisions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlan actionPlan(UUID policyId) {
        Policy policy = PolicyService.policy(policyId);
        return plan(policy, Initiative.listByPolicy(policyId),
                approvals.of(ObjectReference.Kind.ACTION_PLAN, policyId.toString()));
    }

    private ActionPlan plan(Policy policy, List<Initiative> initiatives, List<ApprovalService.Recorded> decisions) {
        Set<UUID> stale = initiatives.stream().filter(staleness::isStale).map(i -> i.id).collect(Collectors.toSet());
        return new ActionPlan(policy, FocusArea.listByPolicy(policy.id), Goal.listByPolicy(policy.id), initiatives,
                stale, RollUp.of(initiatives), decisions);
    }
}
