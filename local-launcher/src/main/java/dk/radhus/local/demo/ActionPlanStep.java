package dk.radhus.local.demo;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The growth policy with its action plan ({@code demo/action-plan.json}) in strategy-service: the policy, its focus
 * areas, goals, sub-goals and initiatives with their first status as strategy-editor, the December 2019 statuses
 * through the CSV status import, and the adoption as director. Nodes that exist (same title under the same parent, an
 * initiative with the same reference) are reused, so that a step that failed half-way can run again.
 */
public final class ActionPlanStep implements DemoStep {

    private static final String STRATEGY = "strategy-service";
    private static final DemoUser EDITOR = DemoUser.STRATEGY_EDITOR;

    @Override
    public String name() {
        return "action-plan";
    }

    @Override
    public String load(DemoContext context) {
        Api api = context.api();
        JsonNode data = DemoFiles.json("action-plan.json");
        JsonNode policy = data.path("policy");
        String policyId = existingPolicy(api, policy.path("title").asText())
                .orElseGet(() -> create(api, "/policies", policy));
        JsonNode plan = api.get(STRATEGY, "/policies/" + policyId + "/action-plan", EDITOR).require().json();
        int goals = 0;
        int initiatives = 0;
        for (JsonNode focusArea : data.path("focusAreas")) {
            Optional<JsonNode> existing = byTitle(plan.path("focusAreas"), focusArea);
            String id = existing.map(node -> node.path("id").asText())
                    .orElseGet(() -> create(api, "/policies/" + policyId + "/focus-areas", title(focusArea)));
            JsonNode existingGoals = existing.map(node -> node.path("goals")).orElse(MissingNode.getInstance());
            for (JsonNode goal : focusArea.path("goals")) {
                goal(api, existingGoals, "/focus-areas/" + id + "/goals", goal);
            }
            goals += goals(focusArea.path("goals"));
            initiatives += initiatives(focusArea.path("goals"));
        }
        JsonNode statuses = api.post(STRATEGY, "/initiative-statuses/csv", "text/csv; charset=UTF-8",
                DemoFiles.text(data.path("statusUpdates").asText()), EDITOR).require().json();
        api.putJson(STRATEGY, "/policies/" + policyId + "/adoption", data.path("adoption"), DemoUser.DIRECTOR).require();
        return "1 policy (adopted), %d focus areas, %d goals and sub-goals, %d initiatives, %d statuses from CSV".formatted(
                data.path("focusAreas").size(), goals, initiatives, statuses.path("lines").asInt());
    }

    /** A goal or sub-goal, its initiatives and its sub-goals; {@code siblings} are those that exist already. */
    private static void goal(Api api, JsonNode siblings, String createPath, JsonNode goal) {
        Optional<JsonNode> existing = byTitle(siblings, goal);
        String id = existing.map(node -> node.path("id").asText())
                .orElseGet(() -> create(api, createPath, title(goal)));
        for (JsonNode initiative : goal.path("initiatives")) {
            api.postJson(STRATEGY, "/goals/" + id + "/initiatives", initiative.path("request"), EDITOR).require(409);
        }
        JsonNode existingSubGoals = existing.map(node -> node.path("subGoals")).orElse(MissingNode.getInstance());
        for (JsonNode subGoal : goal.path("subGoals")) {
            goal(api, existingSubGoals, "/goals/" + id + "/sub-goals", subGoal);
        }
    }

    private static String create(Api api, String path, JsonNode request) {
        return api.postJson(STRATEGY, path, request, EDITOR).require().json().path("id").asText();
    }

    private static JsonNode title(JsonNode node) {
        return Api.JSON.createObjectNode().set("title", node.path("title"));
    }

    private static Optional<JsonNode> byTitle(JsonNode nodes, JsonNode wanted) {
        for (JsonNode node : nodes) {
            if (node.path("title").asText().equals(wanted.path("title").asText())) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> existingPolicy(Api api, String title) {
        for (JsonNode policy : api.get(STRATEGY, "/policies", EDITOR).require().json()) {
            if (title.equals(policy.path("title").asText())) {
                return Optional.of(policy.path("id").asText());
            }
        }
        return Optional.empty();
    }

    private static int goals(JsonNode goals) {
        int count = 0;
        for (JsonNode goal : goals) {
            count += 1 + goals(goal.path("subGoals"));
        }
        return count;
    }

    private static int initiatives(JsonNode goals) {
        int count = 0;
        for (JsonNode goal : goals) {
            count += goal.path("initiatives").size() + initiatives(goal.path("subGoals"));
        }
        return count;
    }
}
