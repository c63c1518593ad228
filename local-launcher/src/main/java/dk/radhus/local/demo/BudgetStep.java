package dk.radhus.local.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * BEU's budget figures of the seed agenda of 11 May 2011 ({@code demo/budget.json}), posted to budget-service as
 * finance: fiscal years, policy areas with their functions, original budgets, an omplacering to another committee's
 * area booked as a balanced pair, the 2010 accounts, and
 * the 2nd follow-up 2011 with its spend from a CSV upload of account lines, submitted — so that its
 * {@code FollowUpSubmitted} reaches strategy-service (and meetings-service) through Kafka. What is there already is
 * left as it is, so that a step that failed half-way can run again.
 */
public final class BudgetStep implements DemoStep {

    private static final String BUDGET = "budget-service";
    private static final DemoUser FINANCE = DemoUser.FINANCE;
    /** The committees arrive from meetings-service through Kafka; policy areas need them. */
    private static final Duration COMMITTEE_ARRIVAL = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "budget";
    }

    @Override
    public String load(DemoContext context) {
        Api api = context.api();
        JsonNode data = DemoFiles.json("budget.json");
        String committee = data.path("committee").asText();
        for (JsonNode area : data.path("policyAreas")) {
            api.awaitFound(BUDGET, "/committees/" + area.path("request").path("committeeCode").asText(),
                    COMMITTEE_ARRIVAL);
        }

        List<String> years = new ArrayList<>();
        for (JsonNode year : data.path("fiscalYears")) {
            api.postJson(BUDGET, "/fiscal-years", "{\"year\":" + year.asInt() + "}", FINANCE).require(409);
            years.add(year.asText());
        }
        for (JsonNode area : data.path("policyAreas")) {
            policyArea(api, area);
        }
        for (JsonNode entry : data.path("budgetEntries")) {
            ledgerEntry(api, entry);
        }
        List<String> transfers = new ArrayList<>();
        for (JsonNode transfer : data.path("transfers")) {
            transfer(api, transfer);
            transfers.add(transfer.path("request").path("fromPolicyAreaCode").asText() + " to "
                    + transfer.path("request").path("toPolicyAreaCode").asText());
        }
        List<String> accountsSet = new ArrayList<>();
        for (JsonNode accounts : data.path("accounts")) {
            String path = "/years/%d/accounts/%s".formatted(accounts.path("year").asInt(),
                    accounts.path("policyArea").asText());
            api.putJson(BUDGET, path, accounts.path("request"), FINANCE).require();
            accountsSet.add(accounts.path("year").asText() + " of " + accounts.path("policyArea").asText());
        }
        String followUp = followUp(api, data.path("followUp"));
        return ("%s: fiscal years %s, %d policy areas, %d budget entries, transfers %s, accounts %s, "
                + "1 follow-up (%s)").formatted(committee, String.join(" and ", years), data.path("policyAreas").size(),
                data.path("budgetEntries").size(), String.join(", ", transfers), String.join(", ", accountsSet),
                followUp);
    }

    private static void policyArea(Api api, JsonNode area) {
        JsonNode request = area.path("request");
        String code = request.path("code").asText();
        Api.Response existing = api.get(BUDGET, "/policy-areas/" + code, null).require(404);
        if (existing.status() == 404) {
            api.postJson(BUDGET, "/policy-areas", request, FINANCE).require();
        }
        List<String> mapped = new ArrayList<>();
        if (existing.status() == 200) {
            existing.json().path("functions").forEach(f -> mapped.add(f.path("from").asText()));
        }
        for (JsonNode functions : area.path("functions")) {
            if (!mapped.contains(functions.path("from").asText())) {
                api.postJson(BUDGET, "/policy-areas/" + code + "/functions", functions, FINANCE).require();
            }
        }
    }

    /** Posts a ledger entry unless one of the same kind, date and text is there. */
    private static void ledgerEntry(Api api, JsonNode entry) {
        String path = "/years/%d/budgets/%s".formatted(entry.path("year").asInt(), entry.path("policyArea").asText());
        JsonNode request = entry.path("request");
        for (JsonNode posted : api.get(BUDGET, path, FINANCE).require().json().path("entries")) {
            if (posted.path("kind").equals(request.path("kind")) && posted.path("date").equals(request.path("date"))
                    && posted.path("text").equals(request.path("text"))) {
                return;
            }
        }
        api.postJson(BUDGET, path + "/entries", request, FINANCE).require();
    }

    /** Books an omplacering as a balanced pair unless its paying side (same date and text) is there. */
    private static void transfer(Api api, JsonNode transfer) {
        int year = transfer.path("year").asInt();
        JsonNode request = transfer.path("request");
        String from = "/years/%d/budgets/%s".formatted(year, request.path("fromPolicyAreaCode").asText());
        for (JsonNode posted : api.get(BUDGET, from, FINANCE).require().json().path("entries")) {
            if ("TRANSFER".equals(posted.path("kind").asText()) && posted.path("date").equals(request.path("date"))
                    && posted.path("text").equals(request.path("text"))) {
                return;
            }
        }
        api.postJson(BUDGET, "/years/%d/transfers".formatted(year), request, FINANCE).require();
    }

    /**
     * Whether the line is posted already: its forecast, requested appropriation and comments are as wanted (a new
     * follow-up has an empty line for each of the committee's areas). Its spend is not compared: the upload adds to it.
     */
    private static boolean posted(Api api, String followUpId, String area, JsonNode wanted) {
        JsonNode lines = api.get(BUDGET, "/follow-ups/%s?unit=%s".formatted(followUpId, wanted.path("unit").asText()),
                FINANCE).require().json().path("lines");
        for (JsonNode line : lines) {
            if (line.path("policyAreaCode").asText().equals(area)) {
                return line.path("forecast").decimalValue().compareTo(wanted.path("forecast").decimalValue()) == 0
                        && line.path("requestedAppropriation").decimalValue()
                                .compareTo(wanted.path("requestedAppropriation").decimalValue()) == 0
                        && line.path("comments").asText("").equals(wanted.path("comments").asText(""));
            }
        }
        return false;
    }

    /** Creates (or finds) the follow-up, posts its lines, uploads the account lines and submits it. */
    private static String followUp(Api api, JsonNode followUp) {
        JsonNode request = followUp.path("request");
        JsonNode followUps = api.get(BUDGET, "/follow-ups?year=%d&committee=%s".formatted(
                request.path("fiscalYear").asInt(), request.path("committeeCode").asText()), FINANCE).require().json();
        JsonNode existing = null;
        for (JsonNode candidate : followUps) {
            if (candidate.path("round").equals(request.path("round"))) {
                existing = candidate;
            }
        }
        if (existing != null && !"DRAFT".equals(existing.path("status").asText())) {
            return "already " + existing.path("status").asText();
        }
        String id = existing != null ? existing.path("id").asText()
                : api.postJson(BUDGET, "/follow-ups", request, FINANCE).require().json().path("id").asText();
        for (JsonNode line : followUp.path("lines")) {
            String area = line.path("policyArea").asText();
            if (!posted(api, id, area, line.path("request"))) {
                api.putJson(BUDGET, "/follow-ups/%s/lines/%s".formatted(id, area), line.path("request"), FINANCE)
                        .require();
            }
        }
        JsonNode accountLines = followUp.path("accountLines");
        JsonNode upload = api.post(BUDGET, "/uploads/follow-ups/%s?unit=%s".formatted(id,
                accountLines.path("unit").asText()), "text/csv; charset=UTF-8",
                DemoFiles.text(accountLines.path("file").asText()), FINANCE).require().json();
        api.post(BUDGET, "/follow-ups/" + id + "/submit", FINANCE).require();
        return "%d round %d pr. %s, %d account lines from CSV, submitted".formatted(request.path("fiscalYear").asInt(),
                request.path("round").asInt(), request.path("cutOffDate").asText(), upload.path("totalLines").asInt());
    }
}
