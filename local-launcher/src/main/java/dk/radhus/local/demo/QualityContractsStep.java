package dk.radhus.local.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The quality contracts 2012 of the seed agenda of 11 May 2011 ({@code demo/quality-contracts.json}) in
 * strategy-service, each with its follow-up report, as strategy-editor. A contract or report that exists (409) is left
 * as it is, so that a step that failed half-way can run again.
 */
public final class QualityContractsStep implements DemoStep {

    private static final String STRATEGY = "strategy-service";
    private static final DemoUser EDITOR = DemoUser.STRATEGY_EDITOR;

    @Override
    public String name() {
        return "quality-contracts";
    }

    @Override
    public String load(DemoContext context) {
        Api api = context.api();
        JsonNode contracts = DemoFiles.json("quality-contracts.json").path("contracts");
        Set<String> areas = new LinkedHashSet<>();
        for (JsonNode contract : contracts) {
            JsonNode request = contract.path("request");
            Api.Response created = api.postJson(STRATEGY, "/quality-contracts", request, EDITOR).require(409);
            String id = created.status() == 409 ? existing(api, request) : created.json().path("id").asText();
            api.postJson(STRATEGY, "/quality-contracts/" + id + "/follow-ups", contract.path("followUp"), EDITOR)
                    .require(409);
            areas.add(request.path("serviceArea").asText());
        }
        return "%d quality contracts %d (%s), each with a follow-up report".formatted(contracts.size(),
                contracts.path(0).path("request").path("contractYear").asInt(), String.join(", ", areas));
    }

    private static String existing(Api api, JsonNode request) {
        String query = "?serviceArea=" + URLEncoder.encode(request.path("serviceArea").asText(), StandardCharsets.UTF_8)
                + "&year=" + request.path("contractYear").asInt();
        for (JsonNode contract : api.get(STRATEGY, "/quality-contracts" + query, null).require().json()) {
            if (contract.path("number").equals(request.path("number"))) {
                return contract.path("id").asText();
            }
        }
        throw new DemoFailure("quality contract " + request.path("serviceArea").asText() + " nr. "
                + request.path("number").asInt() + " was neither created nor found");
    }
}
