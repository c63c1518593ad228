package dk.radhus.strategy.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.radhus.strategy.Goal;
import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.Light;
import dk.radhus.strategy.service.ActionPlanService.ActionPlan;

/**
 * A policy with its focus areas, goals and sub-goals. In the action-plan view lights are rolled up and initiatives
 * listed; in the public view both are left out ({@code light} null, no initiatives).
 */
public record ActionPlanResponse(PolicyResponse policy, List<FocusAreaNode> focusAreas, List<ApprovalResponse> approvals) {

    /** A focus area and its light (worst of its initiatives). */
    public record FocusAreaNode(UUID id, String title, Light light, List<GoalNode> goals) {
    }

    /** A goal or sub-goal and its light (worst of its own and its sub-goals' initiatives). */
    public record GoalNode(UUID id, String title, Light light, List<GoalNode> subGoals,
            List<InitiativeResponse> initiatives) {
    }

    /** The plan as a tree; {@code staff}: whether the caller sees the full citation of every decision. */
    public static ActionPlanResponse of(ActionPlan plan, boolean staff) {
        Map<UUID, List<Initiative>> byGoal = new HashMap<>();
        plan.initiatives().forEach(i -> byGoal.computeIfAbsent(i.goal.id, id -> new ArrayList<>()).add(i));
        List<FocusAreaNode> areas = plan.focusAreas().stream()
                .map(area -> new FocusAreaNode(area.id, area.title, plan.rollUp().focusArea(area.id).orElse(null),
                        plan.goals().stream().filter(g -> g.focusArea.id.equals(area.id) && g.parent == null)
                                .map(g -> goalNode(g, plan, byGoal)).toList()))
                .toList();
        return new ActionPlanResponse(PolicyResponse.of(plan.policy()), areas,
                ApprovalResponse.list(plan.approvals(), staff));
    }

    private static GoalNode goalNode(Goal goal, ActionPlan plan, Map<UUID, List<Initiative>> byGoal) {
        List<GoalNode> subGoals = plan.goals().stream().filter(g -> g.parent != null && g.parent.id.equals(goal.id))
                .map(g -> goalNode(g, plan, byGoal)).toList();
        List<InitiativeResponse> own = byGoal.getOrDefault(goal.id, List.of()).stream()
                .map(i -> InitiativeResponse.of(i, plan.stale().contains(i.id))).toList();
        return new GoalNode(goal.id, goal.title, plan.rollUp().goal(goal.id).orElse(null), subGoals, own);
    }
}
