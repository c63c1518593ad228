package dk.radhus.bench;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dk.radhus.platform.events.Topics;
import dk.radhus.platform.security.Roles;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.ServiceProcess;
import dk.radhus.testing.TestEvents;
import dk.radhus.testing.TestTokens;

/**
 * Sets budget-service data up through its API, and the committee through its real path, a CommitteeUpserted event on
 * Kafka as meetings-service would publish it: Borger- og Erhvervsudvalget with eight operating policy areas of
 * 100 functions each, their 2011 budgets (original, supplementary, omplaceringer between them) and the first
 * follow-up of the year as a draft.
 */
final class Budgets {

    static final String FINANCE = TestTokens.bearer("bench.finance", Roles.FINANCE);
    static final String COMMITTEE = "BEU";
    static final int YEAR = 2011;
    static final List<String> AREA_NAMES = List.of("Borgerservice", "Erhverv og turisme", "Integration",
            "Beskæftigelse", "Kulturhuse", "Idræt", "Folkeoplysning", "Biblioteker");

    /** How often an upload's status is read while it runs; rarely enough not to slow the job down. */
    private static final long POLL_MILLIS = 50;

    private final Api api;

    Budgets(ServiceProcess service) {
        this.api = new Api(service);
    }

    Api api() {
        return api;
    }

    /** Policy area {@code i} (0–7) is {@code 88i} and covers the functions {@code 3.4i.00}–{@code 3.4i.99}. */
    static String areaCode(int i) {
        return "88" + i;
    }

    static String function(int area, int n) {
        return "3.4%d.%02d".formatted(area, n);
    }

    /** The committee, the year, the areas with their functions and budgets; returns the id of a draft follow-up. */
    String followUpWithBudgets() {
        KafkaTestClient.send(Topics.COMMITTEES, COMMITTEE, TestEvents.envelope("CommitteeUpserted", "Committee",
                COMMITTEE, """
                        {"code":"BEU","name":"Borger- og Erhvervsudvalget","kind":"POLITICAL_COMMITTEE","active":true}"""));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> api.send(api.request("/committees/" + COMMITTEE, null).GET().build(), 200) != null);
        api.json("POST", "/fiscal-years", FINANCE, Map.of("year", YEAR), 201);
        for (int i = 0; i < AREA_NAMES.size(); i++) {
            String code = areaCode(i);
            api.json("POST", "/policy-areas", FINANCE, Map.of("code", code, "name", AREA_NAMES.get(i),
                    "committeeCode", COMMITTEE, "kind", "OPERATIONS"), 201);
            api.json("POST", "/policy-areas/" + code + "/functions", FINANCE,
                    Map.of("from", function(i, 0), "to", function(i, 99)), 201);
            entry(code, "ORIGINAL", 12_000 + 3_500 * i, "2011-01-01", "Oprindeligt budget 2011");
            entry(code, "SUPPLEMENTARY", 250 + 40 * i, "2011-02-09", "Tillægsbevilling, byrådet februar");
        }
        // Omplaceringer as balanced pairs: 120, 90, 60 and 30 from the first four areas to the last four.
        for (int i = 0; i < AREA_NAMES.size() / 2; i++) {
            api.json("POST", "/years/" + YEAR + "/transfers", FINANCE, Map.of("fromPolicyAreaCode", areaCode(i),
                    "toPolicyAreaCode", areaCode(AREA_NAMES.size() - 1 - i), "unit", "DKK_THOUSANDS",
                    "amount", 120 - 30 * i, "date", "2011-03-15", "text", "Omplacering mellem politikområder"), 201);
        }
        return api.json("POST", "/follow-ups", FINANCE, Map.of("committeeCode", COMMITTEE, "fiscalYear", YEAR,
                "round", 1, "cutOffDate", "2011-03-31"), 201).get("id").asText();
    }

    /** Uploads account lines to the follow-up and waits until the job has completed; returns the final status. */
    JsonNode uploadAndWait(String followUpId, byte[] csv) {
        JsonNode accepted = api.post("/uploads/follow-ups/" + followUpId + "?unit=DKK", FINANCE, "text/csv", csv, 202);
        String status = "/uploads/" + accepted.get("id").asText();
        JsonNode upload = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(POLL_MILLIS))
                .until(() -> api.get(status, FINANCE), u -> !"RUNNING".equals(u.get("status").asText()));
        if (!"COMPLETED".equals(upload.get("status").asText())) {
            throw new IllegalStateException("Upload failed: " + upload);
        }
        return upload;
    }

    void submit(String followUpId) {
        api.send(api.request("/follow-ups/" + followUpId + "/submit", FINANCE)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
    }

    private void entry(String area, String kind, int thousands, String date, String text) {
        api.json("POST", "/years/" + YEAR + "/budgets/" + area + "/entries", FINANCE, Map.of("kind", kind,
                "unit", "DKK_THOUSANDS", "amount", thousands, "date", date, "text", text), 201);
    }
}
