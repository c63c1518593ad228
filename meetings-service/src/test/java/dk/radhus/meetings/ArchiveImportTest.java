package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.ADMIN;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.FINANCE;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import dk.radhus.meetings.importing.DocumentFixtures;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestInfrastructure;

/**
 * POST /imports/archives: a zip's documents imported in the background, each on its own; the same archive again
 * changes nothing; a dry run writes nothing; an unsafe archive is refused whole.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ArchiveImportTest {

    @Test
    void shouldImportAnArchiveInTheBackgroundAndChangeNothingWhenItComesAgain() {
        String committee = TestData.committee();
        String name = "Testudvalg " + committee;
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("dagsordener/", new byte[0]);
        files.put("dagsordener/2031-01-10.txt", utf8(agenda(name, "10-01-2031")));
        files.put("dagsordener/2031-02-14.md", utf8(agenda(name, "14-02-2031")));
        files.put("referater/2031-01-10.pdf", DocumentFixtures.pdf(minutes(name, "10-01-2031"), name));
        files.put("ukendt.txt", utf8(agenda("Ukendt udvalg " + committee, "10-01-2031")));
        files.put("noter.rtf", utf8("{\\rtf1 noter}"));
        files.put("__MACOSX/dagsordener/._2031-01-10.txt", utf8("metadata"));
        byte[] archive = zip(files);

        JsonPath first = finished(start(archive, "").statusCode(202)
                .header("Location", containsString("/imports/archives/"))
                .body("total", equalTo(5)).body("createdBy", equalTo("sekretaer")).extract().path("id"));
        assertThat(first.getInt("done")).isEqualTo(5);
        assertThat(first.getList("documents.name")).containsExactly("dagsordener/2031-01-10.txt",
                "dagsordener/2031-02-14.md", "referater/2031-01-10.pdf", "ukendt.txt", "noter.rtf");
        assertThat(first.getList("documents.outcome")).containsExactly("CREATED", "CREATED", "UPDATED", "FAILED",
                "FAILED");
        assertThat(first.getMap("outcomes")).containsEntry("CREATED", 2).containsEntry("UPDATED", 1)
                .containsEntry("FAILED", 2);
        assertThat(first.getString("documents[2].state")).isEqualTo("HELD");
        assertThat(first.getString("documents[2].meetingId")).isEqualTo(first.getString("documents[0].meetingId"));
        assertThat(first.getString("documents[3].message")).startsWith("committee: udvalget \"Ukendt udvalg "
                + committee + "\" i dokumentet kendes ikke");
        assertThat(first.getString("documents[4].message")).startsWith("filtypen kan ikke indlæses");
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(2));
        call(DIRECTOR, "GET", "/meetings/" + first.getString("documents[0].meetingId"), null)
                .body("state", equalTo("HELD")).body("items[0].decision.outcome", equalTo("APPROVED"));
        assertThat(call(ADMIN, "GET", "/audit?objectType=Meeting&objectId=" + first.getString("documents[0].meetingId"),
                null).extract().asString()).contains("meeting.imported", "meeting.reimported", "sekretaer");
        assertThat(call(ADMIN, "GET", "/audit?objectType=ImportJob&objectId=" + first.getString("id"), null)
                .extract().asString()).contains("import-job.started", "sekretaer");

        JsonPath again = finished(start(archive, "").statusCode(202).extract().path("id"));
        assertThat(again.getList("documents.outcome")).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED",
                "FAILED", "FAILED");
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(2));
    }

    @Test
    void shouldReportWhatADryRunWouldDoAndWriteNothing() {
        String committee = TestData.committee();
        String name = "Testudvalg " + committee;
        byte[] archive = zip(Map.of("dagsorden.txt", utf8(agenda(name, "03-03-2032"))));

        JsonPath dryRun = finished(start(archive, "&dryRun=true&published=true").statusCode(202)
                .body("dryRun", equalTo(true)).extract().path("id"));
        assertThat(dryRun.getList("documents.outcome")).containsExactly("CREATED");
        assertThat(dryRun.getString("documents[0].state")).isEqualTo("AGENDA_PUBLISHED");
        assertThat(dryRun.getString("documents[0].meetingId")).isNull();
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(0));

        JsonPath imported = finished(start(archive, "&committee=" + committee).statusCode(202).extract().path("id"));
        assertThat(imported.getList("documents.outcome")).containsExactly("CREATED");
        JsonPath dryRunAgain = finished(start(archive, "&dryRun=true").statusCode(202).extract().path("id"));
        assertThat(dryRunAgain.getList("documents.outcome")).containsExactly("UNCHANGED");
        assertThat(dryRunAgain.getString("documents[0].meetingId"))
                .isEqualTo(imported.getString("documents[0].meetingId"));
    }

    @Test
    void shouldRefuseAnUnsafeArchiveWhole() {
        start(zip(Map.of("../udenfor.txt", utf8("x"))), "").statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("body"))
                .body("errors.message", contains("navnet \"../udenfor.txt\" peger uden for arkivet"));
        start(utf8("Dagsorden til Økonomiudvalget"), "").statusCode(400)
                .body("errors.message", contains("indholdet er ikke et læsbart zip-arkiv"));
        start(zip(Map.of("a.txt", utf8("x"))), "&committee=FINDESIKKE").statusCode(400)
                .body("errors.field", contains("committee"));
        start(zip(Map.of("a.txt", utf8("x"))), "&dryRun=ja").statusCode(400).body("errors.field", contains("dryRun"));
        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
        new java.util.Random(1).nextBytes(tooLarge);
        start(tooLarge, "").statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("Arkivet er større end tilladt (højst 2097152 byte)."));
    }

    @Test
    void shouldFinishAJobThatAStoppedReplicaLeftRunning() throws Exception {
        String committee = TestData.committee();
        UUID job = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection(TestInfrastructure.postgres().jdbcUrl("meetings"),
                TestInfrastructure.postgres().username(), TestInfrastructure.postgres().password())) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_job (id, committee_code, "
                    + "dry_run, published, state, total, created_at, created_by) VALUES (?, ?, false, true, 'RUNNING', "
                    + "1, now() - interval '1 hour', 'sekretaer')")) {
                insert.setObject(1, job);
                insert.setString(2, committee);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_job_document (id, job_id, "
                    + "position, name, content) VALUES (?, ?, 1, 'dagsorden.txt', ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, job);
                insert.setBytes(3, utf8(agenda("Testudvalg " + committee, "05-05-2032")));
                insert.executeUpdate();
            }
        }
        JsonPath finished = finished(job.toString());
        assertThat(finished.getList("documents.outcome")).containsExactly("CREATED");
        assertThat(finished.getString("documents[0].state")).isEqualTo("AGENDA_PUBLISHED");
        call(null, "GET", "/meetings/" + finished.getString("documents[0].meetingId"), null).statusCode(200);
        assertThat(storedContents(job)).isZero();
    }

    /** How many of the job's documents still hold their bytes. */
    private static long storedContents(UUID job) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestInfrastructure.postgres().jdbcUrl("meetings"),
                TestInfrastructure.postgres().username(), TestInfrastructure.postgres().password());
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM import_job_document WHERE job_id = ? AND content IS NOT NULL")) {
            count.setObject(1, job);
            try (java.sql.ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void shouldLetOnlyTheSecretaryStartAJobAndStaffReadIt() {
        byte[] archive = zip(Map.of("a.txt", utf8("x")));
        given().contentType("application/zip").body(archive).post("/imports/archives").then().statusCode(401);
        given().auth().oauth2(DIRECTOR).contentType("application/zip").body(archive).post("/imports/archives").then()
                .statusCode(403);
        String job = start(archive, "").statusCode(202).extract().path("id");
        Endpoints.assertGuarded("GET", "/imports/archives/" + job, null, FINANCE);
        call(DIRECTOR, "GET", "/imports/archives/" + job, null).statusCode(200).body("id", equalTo(job));
        call(DIRECTOR, "GET", "/imports/archives/" + UUID.randomUUID(), null).statusCode(404)
                .body("detail", equalTo("Indlæsningen findes ikke."));
        assertThat(finished(job).getList("documents.message", String.class))
                .allSatisfy(message -> assertThat(message).startsWith("committee:"));
    }

    private static ValidatableResponse start(byte[] archive, String query) {
        return given().auth().oauth2(SECRETARY).contentType("application/zip").body(archive)
                .post("/imports/archives" + query.replaceFirst("^&", "?")).then();
    }

    /** The job once done. */
    private static JsonPath finished(String job) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                call(SECRETARY, "GET", "/imports/archives/" + job, null).extract().path("state").equals("DONE"));
        return call(SECRETARY, "GET", "/imports/archives/" + job, null).statusCode(200)
                .body("documents.outcome", everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("finishedAt", org.hamcrest.Matchers.notNullValue()).extract().jsonPath();
    }

    private static String agenda(String committee, String date) {
        return """
                Dagsorden til %s
                Dato: %s
                Tidspunkt: 16:00
                Sted: Mødelokale 1

                **1. Budgetopfølgning**
                Sagstype: Åben

                Sagsfremstilling:
                Budgettet følges op.

                Indstilling:
                Administrationen indstiller, at opfølgningen godkendes.
                """.formatted(committee, date);
    }

    private static String minutes(String committee, String date) {
        return agenda(committee, date).replace("Dagsorden til", "Referat fra mødet i") + """

                Beslutning:
                Godkendt.
                """;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream archive = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                archive.putNextEntry(new ZipEntry(file.getKey()));
                archive.write(file.getValue());
                archive.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
