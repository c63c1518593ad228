package dk.radhus.local.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The growth accounts 2018 and 2019 ({@code demo/growth-accounts.json}) in strategy-service, year by year as they were
 * made: the year's parameters (without themes for 2018, under the three themes from 2019) as strategy-editor, their
 * values through the CSV value import, and the account published as director. An account that is published already is
 * left alone (it cannot change), so that a step that failed half-way can run again.
 */
public final class GrowthAccountsStep implements DemoStep {

    private static final String STRATEGY = "strategy-service";
    private static final DemoUser EDITOR = DemoUser.STRATEGY_EDITOR;

    @Override
    public String name() {
        return "growth-accounts";
    }

    @Override
    public String load(DemoContext context) {
        Api api = context.api();
        JsonNode data = DemoFiles.json("growth-accounts.json");
        List<String> published = new ArrayList<>();
        for (JsonNode account : data.path("accounts")) {
            int year = account.path("year").asInt();
            List<String> codes = new ArrayList<>();
            if (api.get(STRATEGY, "/growth-accounts/" + year, null).require(404).status() == 404) {
                Map<String, String> themes = account.path("themed").asBoolean() ? themes(api, data.path("themes"))
                        : Map.of();
                for (JsonNode indicator : data.path("indicators")) {
                    if (indicator.path("firstAccount").asInt() <= year) {
                        codes.add(indicator(api, indicator, themes.get(indicator.path("theme").asText())));
                    }
                }
                api.post(STRATEGY, "/indicator-values/csv", "text/csv; charset=UTF-8",
                        DemoFiles.text(account.path("values").asText()), EDITOR).require();
                ObjectNode publish = Api.JSON.createObjectNode().put("year", year)
                        .put("title", account.path("title").asText());
                codes.forEach(publish.putArray("indicatorCodes")::add);
                api.postJson(STRATEGY, "/growth-accounts", publish, DemoUser.DIRECTOR).require();
            }
            JsonNode shown = api.get(STRATEGY, "/growth-accounts/" + year, null).require().json();
            int themes = shown.path("themes").size();
            published.add("%d (%d parameters%s)".formatted(year, shown.path("indicatorCount").asInt(),
                    themes == 0 ? "" : " in " + themes + " themes"));
        }
        return "growth accounts " + String.join(" and ", published) + " published";
    }

    /** Creates the themes that are missing; returns every theme's id by title. */
    private static Map<String, String> themes(Api api, JsonNode wanted) {
        Map<String, String> ids = new HashMap<>();
        api.get(STRATEGY, "/indicator-themes", EDITOR).require().json()
                .forEach(theme -> ids.put(theme.path("title").asText(), theme.path("id").asText()));
        for (JsonNode theme : wanted) {
            String title = theme.path("title").asText();
            if (!ids.containsKey(title)) {
                ids.put(title, api.postJson(STRATEGY, "/indicator-themes", theme, EDITOR).require().json()
                        .path("id").asText());
            }
        }
        return ids;
    }

    /** Creates the indicator, or brings an existing one up to date (e.g. puts it under its theme); returns its code. */
    private static String indicator(Api api, JsonNode indicator, String themeId) {
        ObjectNode request = indicator.path("request").deepCopy();
        if (themeId != null) {
            request.put("themeId", themeId);
        }
        String code = request.path("code").asText();
        if (api.get(STRATEGY, "/indicators/" + code, EDITOR).require(404).status() == 404) {
            api.postJson(STRATEGY, "/indicators", request, EDITOR).require();
        } else {
            api.putJson(STRATEGY, "/indicators/" + code, request, EDITOR).require();
        }
        return code;
    }
}
