package dk.radhus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dk.radhus.testing.ServiceProcess;

/**
 * Anonymous reads of a published 15-item agenda ({@code GET /meetings/{id}}) under 64 concurrent connections, measured
 * side by side with {@code GET /q/health/live} of the same process (on its management port): rounds of wrk
 * alternate between the two, so both see the same machine load. Targets: the agenda's throughput at least half the
 * trivial endpoint's, p99 ≤ 50 ms.
 */
class AgendaReadBenchmark {

    private static final int CONNECTIONS = 64;
    private static final int WRK_THREADS = 2;
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration ROUND = Duration.ofSeconds(15);
    private static final int ROUNDS = 2;
    private static final int ITEMS = 15;
    private static final int CLOSED_ITEMS = 2;

    @Test
    void shouldServeThePublishedAgendaAtHalfTheTrivialEndpointsThroughputWithP99Within50Milliseconds() {
        Wrk.requireInstalled();
        ServiceProcess service = Services.start("meetings-service", "meetings");
        Meetings meetings = new Meetings(service);
        String meetingId = publishedAgenda(meetings);
        URI agenda = service.uri("/meetings/" + meetingId);
        URI trivial = service.managementUri("/q/health/live");
        JsonNode anonymous = meetings.api().get("/meetings/" + meetingId, null);
        assertThat(anonymous.get("items")).hasSize(ITEMS);
        int agendaBytes = meetings.api().send(meetings.api().request("/meetings/" + meetingId, null).GET().build(),
                200).body().length;
        String before = MachineState.describe();

        Wrk.run(agenda, CONNECTIONS, WRK_THREADS, WARM_UP);
        Wrk.run(trivial, CONNECTIONS, WRK_THREADS, ROUND.dividedBy(3));
        List<Wrk.Result> agendaRounds = new ArrayList<>();
        List<Wrk.Result> trivialRounds = new ArrayList<>();
        ResultTable table = new ResultTable("meetings-service: anonymous agenda read",
                "Round", "Endpoint", "Requests/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "Errors");
        for (int round = 1; round <= ROUNDS; round++) {
            Wrk.Result t = Wrk.run(trivial, CONNECTIONS, WRK_THREADS, ROUND);
            trivialRounds.add(t);
            row(table, round, "`/q/health/live`", t);
            Wrk.Result a = Wrk.run(agenda, CONNECTIONS, WRK_THREADS, ROUND);
            agendaRounds.add(a);
            row(table, round, "`/meetings/{id}` (15 items, anonymous)", a);
        }
        double agendaRate = rate(agendaRounds);
        double trivialRate = rate(trivialRounds);
        double ratio = agendaRate / trivialRate;
        double worstP99 = agendaRounds.stream().mapToDouble(Wrk.Result::p99Millis).max().orElseThrow();
        table.row("all", "agenda ÷ trivial", ResultTable.format(100 * ratio) + " %", "", "", "worst "
                + ResultTable.format(worstP99), "", "")
                .note("Agenda body " + agendaBytes + " bytes (" + ITEMS + " items, " + CLOSED_ITEMS + " closed); "
                        + CONNECTIONS + " connections, wrk -t" + WRK_THREADS + ", " + ROUNDS + " × " + ROUND.toSeconds()
                        + " s per endpoint after " + WARM_UP.toSeconds() + " s warm-up. Machine before: " + before
                        + "; after: " + MachineState.describe() + ".")
                .publish();

        assertThat(agendaRounds).allSatisfy(r -> assertThat(r.errors()).isZero());
        assertThat(trivialRounds).allSatisfy(r -> assertThat(r.errors()).isZero());
        assertThat(ratio).as("agenda throughput ÷ trivial endpoint throughput").isGreaterThanOrEqualTo(0.5);
        assertThat(worstP99).as("agenda p99 in ms at %d connections", CONNECTIONS).isLessThanOrEqualTo(50.0);
    }

    /** A BEU meeting with the 14 seed items (and the first again as item 15), the last two closed, published. */
    private static String publishedAgenda(Meetings meetings) {
        meetings.committee("BEU", "Borger- og Erhvervsudvalget", "POLITICAL_COMMITTEE");
        List<JsonNode> seedItems = meetings.seedItems("BEU");
        String meetingId = meetings.meeting("BEU", "2011-05-11T17:00:00", "B101");
        for (int number = 1; number <= ITEMS; number++) {
            String access = number > ITEMS - CLOSED_ITEMS ? "CLOSED" : "OPEN";
            meetings.item(meetingId, number, seedItems.get((number - 1) % seedItems.size()), access);
        }
        meetings.attendance(meetingId, meetings.parse(Seeds.read(Seeds.FILES.get(0)), "BEU").get("participants"));
        meetings.transition(meetingId, "AGENDA_PUBLISHED");
        return meetingId;
    }

    private static void row(ResultTable table, int round, String endpoint, Wrk.Result r) {
        table.row(round, endpoint, r.requestsPerSecond(), r.p50Millis(), r.p90Millis(), r.p99Millis(), r.maxMillis(),
                r.errors());
    }

    private static double rate(List<Wrk.Result> rounds) {
        return rounds.stream().mapToLong(Wrk.Result::requests).sum()
                / rounds.stream().mapToDouble(Wrk.Result::seconds).sum();
    }
}
