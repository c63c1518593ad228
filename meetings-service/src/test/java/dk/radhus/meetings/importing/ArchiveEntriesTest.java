package dk.radhus.meetings.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.radhus.meetings.importing.ArchiveEntries.Entry;
import dk.radhus.meetings.importing.ArchiveEntries.Limits;
import dk.radhus.meetings.importing.ArchiveEntries.UnsafeArchive;

/** Reading a zip of documents safely: what is left out, and what refuses the archive. */
class ArchiveEntriesTest {

    private static final Limits LIMITS = new Limits(3, 200_000, 300_000, 100);

    @TempDir
    Path folder;

    @Test
    void shouldReadTheDocumentsAndLeaveOutFoldersMacMetadataAndHiddenFiles() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("dagsordener/", new byte[0]);
        files.put("dagsordener/beu.txt", bytes("Dagsorden til Borger- og Erhvervsudvalget"));
        files.put("__MACOSX/dagsordener/._beu.txt", bytes("metadata"));
        files.put("dagsordener/.DS_Store", bytes("metadata"));
        files.put("referat.pdf", bytes("%PDF-1.4"));
        List<Entry> read = read(zip(files), LIMITS);
        assertThat(read).extracting(Entry::name).containsExactly("dagsordener/beu.txt", "referat.pdf");
        assertThat(new String(read.get(0).content(), StandardCharsets.UTF_8))
                .isEqualTo("Dagsorden til Borger- og Erhvervsudvalget");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../udenfor.txt", "mappe/../../udenfor.txt", "/etc/passwd", "C:/Windows/win.ini",
            "mappe\\..\\udenfor.txt", ".."})
    void shouldRefuseANameThatCouldLeaveTheFolder(String name) throws Exception {
        Path zip = zip(Map.of(name, bytes("Dagsorden")));
        assertThatThrownBy(() -> read(zip, LIMITS)).isInstanceOf(UnsafeArchive.class)
                .hasMessageContaining("peger uden for arkivet");
    }

    @Test
    void shouldRefuseMoreDocumentsThanTheLimit() throws Exception {
        Path zip = zip(Map.of("1.txt", bytes("a"), "2.txt", bytes("b"), "3.txt", bytes("c"), "4.txt", bytes("d")));
        assertThatThrownBy(() -> read(zip, LIMITS)).hasMessage("arkivet har flere end 3 dokumenter");
    }

    @Test
    void shouldRefuseADocumentThatUnpacksToManyTimesItsPackedSize() throws Exception {
        Path zip = zip(Map.of("bombe.txt", new byte[10_000_000]));
        assertThat(Files.size(zip)).isLessThan(20_000);
        assertThatThrownBy(() -> read(zip, new Limits(3, 50_000_000, 50_000_000, 100)))
                .hasMessage("\"bombe.txt\" pakkes ud til mere end 100 gange sin pakkede størrelse");
    }

    @Test
    void shouldRefuseADocumentOrDocumentsLargerThanTheLimitsUnpacked() throws Exception {
        byte[] large = random(250_000);
        assertThatThrownBy(() -> read(zip(Map.of("stor.pdf", large)), LIMITS))
                .hasMessage("\"stor.pdf\" fylder udpakket mere end 200000 byte");
        Path two = zip(Map.of("1.pdf", random(160_000), "2.pdf", random(160_000)));
        assertThatThrownBy(() -> read(two, LIMITS)).hasMessage("dokumenterne fylder udpakket mere end 300000 byte");
    }

    @Test
    void shouldRefuseWhatIsNoZipAndAnArchiveWithoutDocuments() throws Exception {
        Path text = folder.resolve("tekst.zip");
        Files.writeString(text, "Dagsorden til Borger- og Erhvervsudvalget");
        assertThatThrownBy(() -> read(text, LIMITS)).hasMessage("indholdet er ikke et læsbart zip-arkiv");
        assertThatThrownBy(() -> read(zip(Map.of("mappe/", new byte[0])), LIMITS))
                .hasMessage("arkivet indeholder ingen dokumenter");
    }

    private static List<Entry> read(Path zip, Limits limits) throws UnsafeArchive {
        List<Entry> entries = new ArrayList<>();
        int count = ArchiveEntries.forEach(zip, limits, entries::add);
        assertThat(count).isEqualTo(entries.size());
        return entries;
    }

    private Path zip(Map<String, byte[]> files) throws IOException {
        Path zip = Files.createTempFile(folder, "arkiv", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
                archive.putNextEntry(new ZipEntry(file.getKey()));
                archive.write(file.getValue());
                archive.closeEntry();
            }
        }
        return zip;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        return bytes;
    }
}
