package dk.radhus.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.radhus.strategy.service.RollUp;

class RollUpTest {

    private final FocusArea area = focusArea();
    private final Goal goal = goal(null);
    private final Goal subGoal = goal(goal);

    @Test
    void shouldTakeTheWorstLightOfAGoalsOwnAndItsSubGoalsInitiatives() {
        RollUp rollUp = RollUp.of(List.of(initiative(goal, Light.GREEN), initiative(subGoal, Light.YELLOW)));

        assertThat(rollUp.goal(goal.id)).contains(Light.YELLOW);
        assertThat(rollUp.goal(subGoal.id)).contains(Light.YELLOW);
        assertThat(rollUp.focusArea(area.id)).contains(Light.YELLOW);
    }

    @Test
    void shouldBeRedWhenAnyInitiativeIsRed() {
        RollUp rollUp = RollUp.of(List.of(initiative(goal, Light.GREEN), initiative(goal, Light.RED),
                initiative(subGoal, Light.YELLOW)));

        assertThat(rollUp.goal(goal.id)).contains(Light.RED);
        assertThat(rollUp.goal(subGoal.id)).contains(Light.YELLOW);
        assertThat(rollUp.focusArea(area.id)).contains(Light.RED);
    }

    @Test
    void shouldBeGreenOnlyWhenAllInitiativesAreGreenAndEmptyWithoutInitiatives() {
        assertThat(RollUp.of(List.of(initiative(goal, Light.GREEN), initiative(subGoal, Light.GREEN)))
                .focusArea(area.id)).contains(Light.GREEN);
        assertThat(RollUp.of(List.of()).goal(goal.id)).isEmpty();
    }

    private static FocusArea focusArea() {
        FocusArea area = new FocusArea();
        area.id = UUID.randomUUID();
        return area;
    }

    private Goal goal(Goal parent) {
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.focusArea = area;
        goal.parent = parent;
        return goal;
    }

    private static Initiative initiative(Goal goal, Light light) {
        Initiative initiative = new Initiative();
        initiative.goal = goal;
        initiative.light = light;
        return initiative;
    }
}
