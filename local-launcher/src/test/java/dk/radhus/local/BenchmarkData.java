package dk.radhus.local;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.local.demo.Api;
import dk.radhus.local.demo.DemoUser;

/**
 * The dashboard benchmark's data set (docs/BENCHMARKS.md, "strategy-service: directors' dashboard"), loaded into the
 * running stack through the services' APIs as the demo users, beside the demo data: one more policy with 4 focus
 * areas × 5 goals × 50 initiatives (1,000; lights green/green/yellow/red, as-of dates 0–199 days old), 100 indicators
 * with 20 yearly values each (one CSV upload), and 30 committees, each with a policy area, a budget and a submitted
 * budget follow-up (its FollowUpSubmitted gives strategy-service the committee's budget status through Kafka).
 */
final class BenchmarkData {

    static final int INITIATIVES = 1000;
    static final int INDICATORS = 100;
    static final int YEARS = 20;
    static final int COMMITTEES = 30;
    private static final String[] LIGHTS = {"GREEN", "GREEN", "YELLOW", "RED"};
    private static final String[] DEPARTMENTS = {"BYC", "TMC", "ISC", "BAC"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STRATEGY = "strategy-service";
    private static final String BUDGET = "budget-service";
    private static final DemoUser EDITOR = DemoUser.STRATEGY_EDITOR;

    private final Api api;

    BenchmarkData(Api api) {
        this.api = api;
    }

    /**
     * Loads the three parts side by side (as scripts would: the initiatives four at a time, the rest one call after
     * the other) and returns when every call has been answered.
     */
    void load() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            awaitAll(List.of(pool.submit(this::initiatives), pool.submit(this::indicators),
                    pool.submit(this::committees)));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitAll(List<Future<?>> calls) {
        try {
            for (Future<?> call : calls) {
                call.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Loading the benchmark data failed: " + e.getCause().getMessage(), e);
        }
    }

    /** The policy's 4 focus areas and 20 goals one after the other, then the 1,000 initiatives four at a time. */
    private void initiatives() {
        String policy = id(api.postJson(STRATEGY, "/policies", JSON.createObjectNode().put("title",
                "Benchmark: handlingsplan med 1.000 indsatser").put("periodStart", 2018).put("periodEnd", 2022)
                .put("owner", "BYC"), EDITOR));
        List<String> goals = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            String area = id(api.postJson(STRATEGY, "/policies/" + policy + "/focus-areas",
                    JSON.createObjectNode().put("title", "Benchmark-fokusområde " + (a + 1)), EDITOR));
            for (int g = 0; g < 5; g++) {
                goals.add(id(api.postJson(STRATEGY, "/focus-areas/" + area + "/goals",
                        JSON.createObjectNode().put("title", "Mål " + (a + 1) + "." + (g + 1)), EDITOR)));
            }
        }
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> posted = new ArrayList<>();
            for (int n = 0; n < INITIATIVES; n++) {
                int made = n;
                String goal = goals.get(made / (INITIATIVES / goals.size()));
                posted.add(writers.submit(() -> api.postJson(STRATEGY, "/goals/" + goal + "/initiatives",
                        JSON.createObjectNode().put("reference", "B-" + made).put("title", "Indsats " + made)
                                .put("departmentCode", DEPARTMENTS[made % 4]).put("light", LIGHTS[made % 4])
                                .put("narrative", "Status for indsats " + made)
                                .put("statusAsOf", LocalDate.now().minusDays(made % 200).toString()), EDITOR)
                        .require()));
            }
            awaitAll(posted);
        } finally {
            writers.shutdownNow();
        }
    }

    /** 100 indicators, and their 20 yearly values in one CSV upload. */
    private void indicators() {
        StringBuilder csv = new StringBuilder("indicator,year,value\n");
        for (int n = 0; n < INDICATORS; n++) {
            String code = "BI-" + n;
            api.postJson(STRATEGY, "/indicators", JSON.createObjectNode().put("code", code)
                    .put("name", "Benchmark-parameter " + n).put("unit", "antal").put("source", "DST")
                    .put("direction", n % 2 == 0 ? "UP" : "DOWN").put("baselineYear", 2000).put("baselineValue", 1000)
                    .put("targetValue", 1200).put("targetYear", 2025), EDITOR).require();
            for (int year = 2000; year < 2000 + YEARS; year++) {
                csv.append(code).append(',').append(year).append(',').append(1000 + n + year % 37).append('\n');
            }
        }
        api.post(STRATEGY, "/indicator-values/csv", "text/csv", csv.toString(), EDITOR).require();
    }

    /** 30 committees, each with a policy area, a 2011 budget and the 1st follow-up 2011, submitted. */
    private void committees() {
        for (int c = 0; c < COMMITTEES; c++) {
            api.postJson("meetings-service", "/committees", JSON.createObjectNode().put("code", "BENCH" + c)
                    .put("name", "Benchmarkudvalg " + (c + 1)).put("kind", "POLITICAL_COMMITTEE"), DemoUser.SECRETARY)
                    .require();
        }
        for (int c = 0; c < COMMITTEES; c++) {
            followUp(c);
        }
    }

    private void followUp(int c) {
        String code = "BENCH" + c;
        String area = Integer.toString(700 + c);
        api.awaitFound(BUDGET, "/committees/" + code, Duration.ofSeconds(120));
        DemoUser finance = DemoUser.FINANCE;
        api.postJson(BUDGET, "/policy-areas", JSON.createObjectNode().put("code", area)
                .put("name", "Benchmarkområde " + (c + 1)).put("committeeCode", code).put("kind", "OPERATIONS"), finance)
                .require();
        api.postJson(BUDGET, "/years/2011/budgets/" + area + "/entries", JSON.createObjectNode().put("kind", "ORIGINAL")
                .put("unit", "DKK_THOUSANDS").put("amount", 100_000).put("date", "2010-10-12")
                .put("text", "Oprindeligt budget 2011"), finance).require();
        String followUp = id(api.postJson(BUDGET, "/follow-ups", JSON.createObjectNode().put("committeeCode", code)
                .put("fiscalYear", 2011).put("round", 1).put("cutOffDate", "2011-03-31"), finance));
        api.putJson(BUDGET, "/follow-ups/" + followUp + "/lines/" + area, JSON.createObjectNode()
                .put("unit", "DKK_THOUSANDS").put("spendToDate", 25_000).put("requestedAppropriation", 0)
                .put("forecast", 100_000 + c * 300).put("comments", "Benchmark"), finance).require();
        api.post(BUDGET, "/follow-ups/" + followUp + "/submit", finance).require();
    }

    private static String id(Api.Response response) {
        return response.require().json().path("id").asText();
    }
}
