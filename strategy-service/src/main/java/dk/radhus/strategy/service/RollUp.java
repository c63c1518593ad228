package dk.radhus.strategy.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.InitiativeRow;
import dk.radhus.strategy.Light;

/**
 * Derives goal and focus-area lights from initiatives, worst-of: any red initiative makes the goal red, otherwise any
 * yellow makes it yellow, otherwise green. A goal covers its own initiatives and those of its sub-goals; a focus area
 * covers all its goals. Without initiatives there is no light (empty). Lights are never entered by hand.
 */
public final class RollUp {

    private final Map<UUID, List<Light>> byGoal = new HashMap<>();
    private final Map<UUID, List<Light>> byFocusArea = new HashMap<>();

    private RollUp() {
    }

    /** Builds the roll-up for initiatives whose goal (and its parent and focus area) are loaded. */
    public static RollUp of(Collection<Initiative> initiatives) {
        RollUp rollUp = new RollUp();
        initiatives.forEach(i -> rollUp.add(i.goal.id, i.goal.parent == null ? null : i.goal.parent.id,
                i.goal.focusArea.id, i.light));
        return rollUp;
    }

    public static RollUp ofRows(Collection<InitiativeRow> rows) {
        RollUp rollUp = new RollUp();
        rows.forEach(r -> rollUp.add(r.goalId(), r.parentGoalId(), r.focusAreaId(), r.light()));
        return rollUp;
    }

    public Optional<Light> goal(UUID goalId) {
        return Light.worstOf(byGoal.getOrDefault(goalId, List.of()));
    }

    public Optional<Light> focusArea(UUID focusAreaId) {
        return Light.worstOf(byFocusArea.getOrDefault(focusAreaId, List.of()));
    }

    private void add(UUID goalId, UUID parentGoalId, UUID focusAreaId, Light light) {
        byGoal.computeIfAbsent(goalId, id -> new ArrayList<>()).add(light);
        if (parentGoalId != null) {
            byGoal.computeIfAbsent(parentGoalId, id -> new ArrayList<>()).add(light);
        }
        byFocusArea.computeIfAbsent(focusAreaId, id -> new ArrayList<>()).add(light);
    }
}
