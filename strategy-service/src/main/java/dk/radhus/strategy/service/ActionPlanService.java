package dk.radhus.strategy.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.Approval;
import dk.radhus.strategy.FocusArea;
import dk.radhus.strategy.Goal;
import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.Light;
import dk.radhus.strategy.Policy;
import dk.radhus.strategy.rest.ActionPlanResponse;
import dk.radhus.strategy.rest.ActionPlanResponse.FocusAreaNode;
import dk.radhus.strategy.rest.ActionPlanResponse.GoalNode;
import dk.radhus.strategy.rest.ApprovalResponse;
import dk.radhus.strategy.rest.InitiativeResponse;
import dk.radhus.strategy.rest.PolicyResponse;

/** Builds a policy's tree: the public structure, or the internal action plan with initiatives and rolled-up lights. */
@ApplicationScoped
public class ActionPlanService {

    private final Staleness staleness;

    public ActionPlanService(Staleness staleness) {
        this.staleness = staleness;
    }

    /** The public view: adopted policies only (unless {@code includeDrafts}), without initiatives or lights. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlanResponse structure(UUID policyId, boolean includeDrafts) {
        Policy policy = Policy.<Policy>findByIdOptional(policyId).filter(p -> includeDrafts || p.adopted())
                .orElseThrow(() -> ProblemException.notFound("Politikken " + policyId + " findes ikke."));
        return build(policy, List.of(), List.of());
    }

    /** The internal action plan: initiatives with status and staleness, rolled-up lights, approvals. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlanResponse actionPlan(UUID policyId) {
        Policy policy = PolicyService.policy(policyId);
        List<ApprovalResponse> approvals = Approval.of(ObjectReference.Kind.ACTION_PLAN, policyId.toString()).stream()
                .map(ApprovalResponse::of).toList();
        return build(policy, Initiative.listByPolicy(policyId), approvals);
    }

    private ActionPlanResponse build(Policy policy, List<Initiative> initiatives, List<ApprovalResponse> approvals) {
        RollUp rollUp = RollUp.of(initiatives);
        Map<UUID, List<Initiative>> byGoal = new HashMap<>();
        initiatives.forEach(i -> byGoal.computeIfAbsent(i.goal.id, id -> new ArrayList<>()).add(i));
        List<Goal> goals = Goal.listByPolicy(policy.id);
        List<FocusAreaNode> areas = FocusArea.listByPolicy(policy.id).stream()
                .map(area -> new FocusAreaNode(area.id, area.title, rollUp.focusArea(area.id).orElse(null),
                        goals.stream().filter(g -> g.focusArea.id.equals(area.id) && g.parent == null)
                                .map(g -> goalNode(g, goals, byGoal, rollUp)).toList()))
                .toList();
        return new ActionPlanResponse(PolicyResponse.of(policy), areas, approvals);
    }

    private GoalNode goalNode(Goal goal, List<Goal> all, Map<UUID, List<Initiative>> byGoal, RollUp rollUp) {
        List<GoalNode> subGoals = all.stream().filter(g -> g.parent != null && g.parent.id.equals(goal.id))
                .map(g -> goalNode(g, all, byGoal, rollUp)).toList();
        List<InitiativeResponse> own = byGoal.getOrDefault(goal.id, List.of()).stream()
                .map(i -> InitiativeResponse.of(i, staleness.isStale(i))).toList();
        Light light = rollUp.goal(goal.id).orElse(null);
        return new GoalNode(goal.id, goal.title, light, subGoals, own);
    }
}
