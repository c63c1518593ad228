package dk.radhus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real agenda and minutes documents of the repository's {@code seeds/} directory (copies of
 * {@code /work/shared/seeds/}), so the benchmarks run on any checkout.
 */
final class Seeds {

    static final List<String> FILES = List.of("beu_dagsorden_2011-05-11.txt", "beu_dagsorden_2013-03-06.txt",
            "direktionen_referat_2019-12-16.txt");

    private Seeds() {
    }

    static String read(String file) {
        Path path = Path.of(System.getProperty("radhus.repository.root", ".."))
                .resolve("seeds").resolve(file);
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed " + path, e);
        }
    }
}
