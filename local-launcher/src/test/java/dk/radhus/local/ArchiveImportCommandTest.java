package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code ./run-local.sh import <folder>}: its options, the zip it sends, the committee map and the progress line. */
class ArchiveImportCommandTest {

    @TempDir
    Path folder;

    @Test
    void shouldZipTheFolderByRelativePathsWithoutHiddenFiles() throws IOException {
        Files.createDirectories(folder.resolve("referater"));
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve("dagsorden.txt"), "Dagsorden til Borger- og Erhvervsudvalget");
        Files.writeString(folder.resolve("referater/2019-12-16.pdf"), "%PDF-1.4");
        Files.writeString(folder.resolve(".DS_Store"), "x");
        Files.writeString(folder.resolve(".git/config"), "x");

        List<String> names = new ArrayList<>();
        String first = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ArchiveImportCommand.zip(folder)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                first = first == null ? new String(zip.readAllBytes(), StandardCharsets.UTF_8) : first;
            }
        }
        assertThat(names).containsExactly("dagsorden.txt", "referater/2019-12-16.pdf");
        assertThat(first).isEqualTo("Dagsorden til Borger- og Erhvervsudvalget");
    }

    @Test
    void shouldRefuseAFolderWithoutFiles() {
        assertThatThrownBy(() -> ArchiveImportCommand.zip(folder)).isInstanceOf(LauncherException.class)
                .hasMessageEndingWith("holds no files to import");
    }

    @Test
    void shouldReadTheOptionsIntoTheImportsQuery() throws IOException {
        Path map = Files.writeString(folder.resolve("udvalg.txt"), "x");
        ArchiveImportCommand.Options options = ArchiveImportCommand.Options.parse(List.of(folder.toString(),
                "--committee", "BEU", "--dry-run", "--published", "--committee-map", map.toString()));
        assertThat(options.folder()).isEqualTo(folder);
        assertThat(options.committeeMap()).isEqualTo(map);
        assertThat(options.query()).isEqualTo("?committee=BEU&dryRun=true&published=true");
        assertThat(ArchiveImportCommand.Options.parse(List.of(folder.toString())).query()).isEmpty();
        assertThatThrownBy(() -> ArchiveImportCommand.Options.parse(List.of())).hasMessageStartingWith("No folder given");
        assertThatThrownBy(() -> ArchiveImportCommand.Options.parse(List.of(folder.toString(), "--committee")))
                .hasMessageStartingWith("--committee needs a value");
        assertThatThrownBy(() -> ArchiveImportCommand.Options.parse(List.of(folder.toString(), "--snart")))
                .hasMessageStartingWith("Unknown option --snart");
        assertThatThrownBy(() -> ArchiveImportCommand.Options.parse(List.of(folder.resolve("mangler").toString())))
                .hasMessageEndingWith("is not a folder");
    }

    @Test
    void shouldReadTheCommitteeMapAndNameABadLine() throws IOException {
        Path map = Files.writeString(folder.resolve("udvalg.txt"), """
                # navne i dokumenterne
                Borger- og Erhvervsudvalget = BEU

                Økonomiudvalget=ØU
                """);
        assertThat(ArchiveImportCommand.committeeMap(map)).containsExactly(
                org.assertj.core.api.Assertions.entry("Borger- og Erhvervsudvalget", "BEU"),
                org.assertj.core.api.Assertions.entry("Økonomiudvalget", "ØU"));
        Path bad = Files.writeString(folder.resolve("forkert.txt"), "Borger- og Erhvervsudvalget = BEU\nDirektionen\n");
        assertThatThrownBy(() -> ArchiveImportCommand.committeeMap(bad))
                .hasMessageEndingWith("forkert.txt line 2: expected \"Navn i dokumenterne = KODE\"");
    }

    @Test
    void shouldPrintTheProgressWithTheCountPerOutcome() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertThat(ArchiveImportCommand.progress(json.readTree("""
                {"done": 12, "total": 500, "outcomes": {"CREATED": 10, "FAILED": 2}}""")))
                .isEqualTo("12/500 done: CREATED 10, FAILED 2");
        assertThat(ArchiveImportCommand.progress(json.readTree("""
                {"done": 0, "total": 500, "outcomes": {}}"""))).isEqualTo("0/500 done");
    }
}
