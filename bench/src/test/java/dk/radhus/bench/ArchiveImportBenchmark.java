package dk.radhus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dk.radhus.testing.ServiceProcess;

/**
 * 500 agendas and minutes (the three seed documents, each copy in a year of its own) imported as one zip through
 * {@code POST /imports/archives}, the job polled and its progress printed, against the baseline of 500 documents of the
 * same kind sent one by one through {@code POST /imports}, in the same run; then the same archive and the same 500
 * single documents again, which must change nothing. Target: the archive takes at most 1.5 × the one-by-one time, both
 * times; the second archive is 500 × UNCHANGED and leaves the number of meetings as it was.
 */
class ArchiveImportBenchmark {

    private static final int DOCUMENTS = 500;
    private static final int WARM_UP = 30;
    private static final double TARGET_RATIO = 1.5;
    private static final List<String> SEEDS = Seeds.FILES.stream().map(Seeds::read).toList();

    private Api api;

    @Test
    void shouldImportAnArchiveOf500DocumentsAtMostHalfAgainAsSlowlyAsOneByOne() {
        ServiceProcess service = Services.start("meetings-service", "meetings");
        Meetings meetings = new Meetings(service);
        // the documents name these committees, so each is imported into its own by name
        meetings.committee("BEU", "Borger- og Erhvervsudvalget", "POLITICAL_COMMITTEE");
        meetings.committee("DIR", "Direktionen", "DIRECTORATE");
        api = meetings.api();
        String before = MachineState.describe();

        for (int i = 0; i < WARM_UP; i++) {
            single(document(7000 + i), 201);
        }
        double oneByOne = seconds(() -> {
            for (int i = 0; i < DOCUMENTS; i++) {
                single(document(5000 + i), 201);
            }
        });
        byte[] archive = archive(3000);
        double asArchive = seconds(() -> assertOutcome(runJob(archive), "CREATED"));
        int meetingsAfterImport = meetingCount();

        double oneByOneAgain = seconds(() -> {
            for (int i = 0; i < DOCUMENTS; i++) {
                single(document(5000 + i), 200);
            }
        });
        double asArchiveAgain = seconds(() -> assertOutcome(runJob(archive), "UNCHANGED"));

        new ResultTable("meetings-service: archive import of " + DOCUMENTS + " documents",
                "Import", "One by one (`POST /imports`) s", "As one archive (`POST /imports/archives`) s",
                "Archive / one by one", "Archive documents/s")
                .row("new documents (" + DOCUMENTS + " × CREATED)", oneByOne, asArchive, ratio(asArchive, oneByOne),
                        DOCUMENTS / asArchive)
                .row("the same again (" + DOCUMENTS + " × UNCHANGED)", oneByOneAgain, asArchiveAgain,
                        ratio(asArchiveAgain, oneByOneAgain), DOCUMENTS / asArchiveAgain)
                .note("The seed documents (19–26 KB), each copy in a year of its own: " + archive.length / 1024
                        + " KB zipped. One by one: sequential requests, committees found by name, after " + WARM_UP
                        + " warm-up imports. As one archive: from the POST until the job is DONE (polled every 250 ms). "
                        + "Meetings after the second archive: " + meetingCount() + " (" + meetingsAfterImport
                        + " before it). Machine before: " + before + "; after: " + MachineState.describe() + ".")
                .publish();

        assertThat(meetingCount()).isEqualTo(meetingsAfterImport);
        assertThat(asArchive / oneByOne).as("archive / one by one").isLessThanOrEqualTo(TARGET_RATIO);
        assertThat(asArchiveAgain / oneByOneAgain).as("archive again / one by one again")
                .isLessThanOrEqualTo(TARGET_RATIO);
    }

    /** Posts the archive and polls its job until done, printing the progress whenever it moves. */
    private JsonNode runJob(byte[] archive) {
        JsonNode job = api.post("/imports/archives", Meetings.SECRETARY, "application/zip", archive, 202);
        String path = "/imports/archives/" + job.get("id").asText();
        AtomicInteger shown = new AtomicInteger(-1);
        JsonNode done = await().atMost(Duration.ofMinutes(10)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    JsonNode polled = api.get(path, Meetings.SECRETARY);
                    if (shown.getAndSet(polled.get("done").asInt()) != polled.get("done").asInt()) {
                        System.out.println("archive import: " + polled.get("done").asInt() + "/"
                                + polled.get("total").asInt() + " done " + polled.get("outcomes"));
                    }
                    return polled;
                }, polled -> polled.get("state").asText().equals("DONE"));
        System.out.println("archive import: done " + done.get("outcomes"));
        return done;
    }

    private static void assertOutcome(JsonNode job, String outcome) {
        assertThat(job.get("total").asInt()).isEqualTo(DOCUMENTS);
        assertThat(job.get("outcomes").get(outcome).asInt()).as(job.get("outcomes").toString()).isEqualTo(DOCUMENTS);
    }

    private void single(byte[] document, int expectedStatus) {
        api.send(api.request("/imports", Meetings.SECRETARY).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)).build(), expectedStatus);
    }

    private int meetingCount() {
        return api.get("/meetings?committee=BEU", Meetings.SECRETARY).size()
                + api.get("/meetings?committee=DIR", Meetings.SECRETARY).size();
    }

    /** The seeds in turn by year, each copy in a year of its own (a meeting of its own). */
    private static byte[] document(int year) {
        return ImportBenchmark.inYearText(SEEDS.get(year % SEEDS.size()), year - 3000)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] archive(int firstYear) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            int year = firstYear + i;
            files.put((year % Seeds.FILES.size() == 2 ? "referater/" : "dagsordener/") + year + "-"
                    + Seeds.FILES.get(year % Seeds.FILES.size()), document(year));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static String ratio(double value, double baseline) {
        return String.format(java.util.Locale.ROOT, "%.2f", value / baseline);
    }
}
