package dk.radhus.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.testing.RadhusTestResources;

/**
 * A 10 MB upload is streamed, with a declared length and chunked: while the client still holds back the second half of
 * the body, the service has already written the first half to its temporary file (a service that buffered the body
 * would not have started). The file
 * starts like a PDF but is none: it is stored and flagged, and comes back byte for byte.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class AttachmentStreamingTest {

    private static final int HALF = 5 * 1024 * 1024;
    /** HTTP/1.1, so that a body without a length is sent chunked (HTTP/2 has no chunked encoding). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "java.io.tmpdir")
    String tmpdir;

    @ParameterizedTest(name = "with Content-Length: {0}")
    @ValueSource(booleans = {true, false})
    void shouldStreamALargeUploadToDiskAndStoreAnUnreadablePdfFlagged(boolean declaredLength) throws Exception {
        String meeting = TestData.meeting(TestData.committee());
        String item = TestData.addItem(meeting, TestData.item(1, "Kortbilag", "OPEN"));
        byte[] content = new byte[2 * HALF];
        new Random(20).nextBytes(content);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, content, 0, 9);
        CountDownLatch secondHalf = new CountDownLatch(1);
        InputStream body = new HeldBackBody(content, secondHalf);

        HttpRequest request = HttpRequest.newBuilder(base.resolve(AttachmentUploads.path(meeting, item, 0)))
                .header("Authorization", "Bearer " + TestData.SECRETARY).header("Content-Type", AttachmentUploads.PDF)
                .header("Content-Disposition", AttachmentUploads.disposition("kort.pdf"))
                .PUT(declaredLength ? HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> body), content.length)
                        : HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        CompletableFuture<HttpResponse<String>> response = HTTP.sendAsync(request,
                HttpResponse.BodyHandlers.ofString());

        await("bytes on disk before the body's second half").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50)).until(() -> spooledAtLeast(HALF - 512 * 1024));
        secondHalf.countDown();
        HttpResponse<String> stored = response.get(60, TimeUnit.SECONDS);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(stored.body()).contains("\"textStatus\":\"UNREADABLE\"", "\"sizeBytes\":" + content.length);

        HttpResponse<InputStream> download = HTTP.send(HttpRequest.newBuilder(
                base.resolve(AttachmentUploads.path(meeting, item, 0)))
                .header("Authorization", "Bearer " + TestData.SECRETARY).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        try (InputStream in = download.body()) {
            assertThat(sha256(in)).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content)));
        }
    }

    /** The content, with its second half held back until {@code secondHalf} is released. */
    private static final class HeldBackBody extends InputStream {

        private final byte[] content;
        private final CountDownLatch secondHalf;
        private int position;

        HeldBackBody(byte[] content, CountDownLatch secondHalf) {
            this.content = content;
            this.secondHalf = secondHalf;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == HALF) {
                try {
                    if (!secondHalf.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the second half was never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            if (position >= content.length) {
                return -1;
            }
            int limit = position < HALF ? HALF : content.length;
            int count = Math.min(length, limit - position);
            System.arraycopy(content, position, buffer, offset, count);
            position += count;
            return count;
        }
    }

    /** Whether a spooled upload of at least {@code bytes} is in the temporary directory. */
    private boolean spooledAtLeast(long bytes) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(tmpdir))) {
            return files.filter(f -> f.getFileName().toString().startsWith("radhus-attachment-"))
                    .anyMatch(f -> size(f) >= bytes);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
