package dk.radhus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.JsonNode;

import dk.radhus.testing.ServiceProcess;
import dk.radhus.testing.TestInfrastructure;

/**
 * A CSV upload of 200,000 account lines into a follow-up ({@code POST /uploads/follow-ups/{id}}, a background job:
 * timed from sending the file until the service recorded it as completed, every line parsed, checked and stored in
 * {@code account_line}) against PostgreSQL's own {@code COPY} of the same bytes into a table of the same columns on
 * the same server, alternating in the same run. Targets: the upload at least half of COPY's rate in both dialects, and
 * at least 20,000 lines/s. And a file of 1,000,000 lines uploaded by a service with a 512 MB heap.
 */
class AccountUploadBenchmark {

    private static final int LINES = 200_000;
    private static final int WARM_UP = 2;
    private static final int MEASURED = 3;
    private static final int MILLION = 1_000_000;
    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS account_line (
                function    text     NOT NULL,
                budget_type smallint NOT NULL,
                type        text,
                amount      numeric  NOT NULL,
                cost_centre text,
                text        text
            )""";

    @Test
    void shouldUploadAccountLinesAtHalfOfCopysRateAndAtLeast20000LinesPerSecond() throws SQLException {
        ServiceProcess service = Services.start("budget-service", "budget");
        Budgets budgets = new Budgets(service);
        String followUp = budgets.followUpWithBudgets();
        String before = MachineState.describe();

        List<Double> copyRates = new ArrayList<>();
        List<Double> uploadRates = new ArrayList<>();
        List<Double> danishRates = new ArrayList<>();
        ResultTable table = new ResultTable("budget-service: CSV upload vs COPY",
                "Run", "What", "Lines", "MB", "Seconds", "Lines/s");
        try (Connection copy = DriverManager.getConnection(TestInfrastructure.postgres().jdbcUrl("bench"),
                TestInfrastructure.postgres().username(), TestInfrastructure.postgres().password())) {
            try (Statement ddl = copy.createStatement()) {
                ddl.execute(TABLE);
            }
            for (int run = 1; run <= WARM_UP + MEASURED; run++) {
                boolean measured = run > WARM_UP;
                String label = measured ? Integer.toString(run - WARM_UP) : "warm-up";
                AccountLines.File file = AccountLines.generate(LINES, run, false);
                double copySeconds = copy(copy, file.csv());
                double uploadSeconds = upload(service, budgets, followUp, file);
                AccountLines.File danish = AccountLines.generate(LINES, 1000 + run, true);
                double danishSeconds = upload(service, budgets, followUp, danish);
                row(table, label, "`COPY account_line FROM STDIN (FORMAT csv, HEADER)`", file, copySeconds);
                row(table, label, "upload, `,` and decimal point (the same bytes)", file, uploadSeconds);
                row(table, label, "upload, `;` and decimal comma (the same rows)", danish, danishSeconds);
                if (measured) {
                    copyRates.add(LINES / copySeconds);
                    uploadRates.add(LINES / uploadSeconds);
                    danishRates.add(LINES / danishSeconds);
                }
            }
        }
        double copyRate = median(copyRates);
        double uploadRate = median(uploadRates);
        double danishRate = median(danishRates);
        table.row("median", "upload ÷ COPY", "", "", "", ResultTable.format(100 * uploadRate / copyRate) + " %")
                .row("median", "upload (`;`) ÷ COPY", "", "", "", ResultTable.format(100 * danishRate / copyRate) + " %")
                .note("COPY into an unindexed table with the file's columns (numeric amount) in a scratch database of "
                        + "the same PostgreSQL server (fsync off, as for every harness database). An upload is timed "
                        + "from sending the file until the service recorded it as completed (its finished_at); it "
                        + "parses and checks every line, aggregates to policy areas, stores the totals and every line "
                        + "(account_line, counted after each upload). Machine "
                        + "before: " + before + "; after: " + MachineState.describe() + ".")
                .publish();

        assertThat(uploadRate / copyRate).as("upload rate ÷ COPY rate").isGreaterThanOrEqualTo(0.5);
        assertThat(danishRate / copyRate).as("upload rate (;) ÷ COPY rate").isGreaterThanOrEqualTo(0.5);
        assertThat(uploadRate).as("upload lines/s").isGreaterThanOrEqualTo(20_000);
        assertThat(danishRate).as("upload lines/s, Danish dialect").isGreaterThanOrEqualTo(20_000);
    }

    @Test
    void shouldUploadAMillionLinesWithA512MegabyteHeap() throws SQLException {
        // Its own database and consumer groups, so that it reads the committee events the other test's service
        // has read already.
        ServiceProcess service = ServiceProcess.builder("budget-service", "budget_million")
                .jvmOptions(List.of("-Xmx512m")).logDirectory(Path.of("target", "bench-logs"))
                .environment("MP_MESSAGING_INCOMING_COMMITTEES_GROUP_ID", "budget-service-million")
                .environment("MP_MESSAGING_INCOMING_DECISIONS_GROUP_ID", "budget-service-million-decisions")
                .build();
        service.start();
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop));
        service.awaitReady(Duration.ofSeconds(180));
        Budgets budgets = new Budgets(service);
        String followUp = budgets.followUpWithBudgets();
        AccountLines.File file = AccountLines.generate(MILLION, 7, true);

        double seconds = upload(service, budgets, followUp, file);

        new ResultTable("budget-service: 1,000,000 account lines, 512 MB heap", "What", "Lines", "MB", "Seconds",
                "Lines/s").row("upload, `;` and decimal comma, `-Xmx512m`", file.lines(), file.csv().length / 1e6,
                        String.format(Locale.ROOT, "%.3f", seconds), file.lines() / seconds)
                .note("The service's own heap limit; the upload completed with every line stored (counted in "
                        + "account_line). Machine: " + MachineState.describe() + ".")
                .publish();
    }

    private static double copy(Connection connection, byte[] csv) throws SQLException {
        try (Statement truncate = connection.createStatement()) {
            truncate.execute("TRUNCATE account_line");
        }
        long start = System.nanoTime();
        long rows;
        try {
            rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY account_line FROM STDIN (FORMAT csv, HEADER)", new ByteArrayInputStream(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(rows).isEqualTo(LINES);
        return seconds;
    }

    /**
     * Seconds from sending the file until the service recorded the upload as completed ({@code finished_at}, read
     * from its database: the status is polled only every 50 ms, which would blur the end by as much).
     */
    private static double upload(ServiceProcess service, Budgets budgets, String followUp, AccountLines.File file)
            throws SQLException {
        Instant start = Instant.now();
        JsonNode done = budgets.uploadAndWait(followUp, file.csv());
        assertThat(done.get("doneLines").asInt()).isEqualTo(file.lines());
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode area : done.get("totals")) {
            total = total.add(area.get("amount").decimalValue());
        }
        assertThat(total).as("sum of the upload's totals").isEqualByComparingTo(file.total());
        UUID id = UUID.fromString(done.get("id").asText());
        try (Connection connection = DriverManager.getConnection(
                TestInfrastructure.postgres().jdbcUrl(service.database()), TestInfrastructure.postgres().username(),
                TestInfrastructure.postgres().password());
                PreparedStatement finished = connection.prepareStatement(
                        "SELECT finished_at FROM account_upload WHERE id = ?");
                PreparedStatement stored = connection.prepareStatement(
                        "SELECT count(*), sum(amount_kroner) FROM account_line WHERE upload_id = ?")) {
            stored.setObject(1, id);
            try (ResultSet lines = stored.executeQuery()) {
                lines.next();
                assertThat(lines.getLong(1)).as("lines stored").isEqualTo(file.lines());
                assertThat(lines.getBigDecimal(2)).as("sum of the stored lines").isEqualByComparingTo(file.total());
            }
            finished.setObject(1, id);
            try (ResultSet row = finished.executeQuery()) {
                row.next();
                Instant end = row.getTimestamp(1).toInstant();
                return Duration.between(start, end).toNanos() / 1e9;
            }
        }
    }

    private static void row(ResultTable table, String run, String what, AccountLines.File file, double seconds) {
        table.row(run, what, file.lines(), file.csv().length / 1e6, String.format(Locale.ROOT, "%.3f", seconds),
                file.lines() / seconds);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
