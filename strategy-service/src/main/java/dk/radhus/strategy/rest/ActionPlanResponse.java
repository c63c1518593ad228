package dk.radhus.strategy.rest;

import java.util.List;
import java.util.UUID;

import dk.radhus.strategy.Light;

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
}
