package dk.radhus.meetings.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.radhus.meetings.FileTextStatus;
import dk.radhus.meetings.importing.DocumentFixtures;

/** Sniffing, spooling and bounded text reading of attachment files, without Quarkus. */
class AttachmentFilesTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void shouldTellTheKindFromTheBytesAlone() throws IOException {
        assertThat(FileSniffer.sniff(file(DocumentFixtures.pdf("x", "y")))).contains(FileKind.PDF);
        assertThat(FileSniffer.sniff(file(DocumentFixtures.docx("x")))).contains(FileKind.DOCX);
        assertThat(FileSniffer.sniff(file(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})))
                .contains(FileKind.PNG);
        assertThat(FileSniffer.sniff(file(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})))
                .contains(FileKind.JPEG);
        assertThat(FileSniffer.sniff(file(zip("word/document.xml")))).as("no [Content_Types].xml").isEmpty();
        assertThat(FileSniffer.sniff(file(zip("[Content_Types].xml", "xl/workbook.xml")))).as("a spreadsheet")
                .isEmpty();
        assertThat(FileSniffer.sniff(file("%PD".getBytes()))).isEmpty();
        assertThat(FileSniffer.sniff(file(new byte[0]))).isEmpty();
    }

    @Test
    void shouldSpoolTheBodyWithItsHashesAndRefuseItOverTheLimit() throws Exception {
        byte[] body = "abc".getBytes();
        try (SpooledFile spooled = SpooledFile.of(new ByteArrayInputStream(body), 3)) {
            assertThat(Files.readAllBytes(spooled.path())).isEqualTo(body);
            assertThat(spooled.size()).isEqualTo(3);
            assertThat(spooled.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(spooled.sha512()).startsWith("ddaf35a193617aba");
            spooled.close();
            assertThat(spooled.path()).doesNotExist();
        }
        assertThatThrownBy(() -> SpooledFile.of(new ByteArrayInputStream(body), 2))
                .isInstanceOf(SpooledFile.TooLarge.class);
    }

    @Test
    void shouldReadTheTextOfPdfAndWordUpToTheLimit() throws Exception {
        assertThat(FileText.read(file(DocumentFixtures.pdf("Lokalplan for Taastrup", "Bilag")), FileKind.PDF, 1000))
                .contains("Lokalplan for Taastrup");
        assertThat(FileText.read(file(DocumentFixtures.docx("Høringssvar")), FileKind.DOCX, 1000))
                .contains("Høringssvar");
        assertThat(FileText.read(file(DocumentFixtures.pdf("x ".repeat(2000), "Bilag")), FileKind.PDF, 100))
                .hasSize(100);
        assertThatThrownBy(() -> FileText.read(file("%PDF-1.7 beskadiget".getBytes()), FileKind.PDF, 100))
                .isInstanceOf(FileText.Unreadable.class);
    }

    @Test
    void shouldGiveUpOnAReadThatTakesTooLongAndFlagOneThatFails() {
        long started = System.nanoTime();
        CountDownLatch never = new CountDownLatch(1);
        assertThat(BoundedText.read(POOL, Duration.ofMillis(100), () -> {
            never.await();
            return "aldrig";
        })).isEqualTo(new BoundedText.Result("", FileTextStatus.TIMED_OUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(BoundedText.read(POOL, Duration.ofSeconds(5), () -> {
            throw new FileText.Unreadable(new IOException("krypteret"));
        }).status()).isEqualTo(FileTextStatus.UNREADABLE);
        assertThat(BoundedText.read(POOL, Duration.ofSeconds(5), () -> " tekst ")).isEqualTo(
                new BoundedText.Result("tekst", FileTextStatus.TEXT));
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "file", ".bin"), content);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
