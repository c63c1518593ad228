package dk.radhus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.ServiceProcess;

/**
 * Imports of the real seed documents (19–26 KB): {@code POST /imports?dryRun=true} (parse only) and a storing import
 * (parse, then a new meeting with its items, sections, attachments, decisions and their events in one transaction;
 * each stored request carries the document under a year of its own, since the same document again is no new meeting).
 * Sequential requests after a warm-up; target: p95 ≤ 100 ms for each document and both kinds.
 */
class ImportBenchmark {

    private static final int WARM_UP = 60;
    private static final int MEASURED = 150;
    private static final double TARGET_MILLIS = 100;

    @Test
    void shouldImportA25KilobyteDocumentWithin100MillisecondsAtThe95thPercentile() {
        ServiceProcess service = Services.start("meetings-service", "meetings");
        Meetings meetings = new Meetings(service);
        meetings.committee("BEU", "Borger- og Erhvervsudvalget", "POLITICAL_COMMITTEE");
        meetings.committee("DIR", "Direktionen", "DIRECTORATE");
        Api api = meetings.api();
        String before = MachineState.describe();

        ResultTable table = new ResultTable("meetings-service: import",
                "Document", "Size", "Request", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<Double> p95s = new ArrayList<>();
        for (String file : Seeds.FILES) {
            String text = Seeds.read(file);
            byte[] document = text.getBytes(StandardCharsets.UTF_8);
            String committee = file.startsWith("direktionen") ? "DIR" : "BEU";
            for (boolean dryRun : List.of(true, false)) {
                String path = "/imports?committee=" + committee + (dryRun ? "&dryRun=true" : "");
                Latencies latencies = api.time(WARM_UP, MEASURED, dryRun ? 200 : 201,
                        i -> api.request(path, Meetings.SECRETARY).header("Content-Type", "text/plain; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(dryRun ? document
                                        : inYear(text, i))).build());
                table.row("`" + file + "`", String.format(Locale.ROOT, "%.1f KB", document.length / 1024.0),
                        dryRun ? "`POST /imports?dryRun=true`" : "`POST /imports` (stored)", latencies.millis(50),
                        latencies.millis(95), latencies.millis(99), latencies.maxMillis());
                p95s.add(latencies.millis(95));
            }
        }
        table.note(MEASURED + " sequential requests per row after " + WARM_UP + " warm-up requests of the same kind; "
                + "every stored import creates a new meeting. Machine before: " + before + "; after: "
                + MachineState.describe() + ".").publish();

        assertThat(p95s).allSatisfy(p95 -> assertThat(p95).as("p95 in ms").isLessThanOrEqualTo(TARGET_MILLIS));
    }

    /**
     * The document with its year replaced by a year of its own for request {@code i}: a new meeting each time, since
     * the same document again is no new import (it leaves its meeting unchanged).
     */
    static byte[] inYear(String seed, int i) {
        return inYearText(seed, i).getBytes(StandardCharsets.UTF_8);
    }

    static String inYearText(String seed, int i) {
        String year = String.valueOf(3000 + i);
        return seed.replace("2011", year).replace("2013", year).replace("2019", year);
    }
}
