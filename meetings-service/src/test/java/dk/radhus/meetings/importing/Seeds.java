package dk.radhus.meetings.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.radhus.meetings.importing.ParsedDocument.Item;
import dk.radhus.meetings.importing.ParsedDocument.Section;

/**
 * The real agenda and minutes documents of the repository's top-level {@code seeds/} folder (the only copy, which
 * {@code ./run-local.sh} imports too); the build puts them on the test class path as {@code /seeds/} (see the
 * module's {@code pom.xml}), they are not copied into the test resources.
 */
public final class Seeds {

    public static final String BEU_2011 = "beu_dagsorden_2011-05-11.txt";
    public static final String BEU_2013 = "beu_dagsorden_2013-03-06.txt";
    public static final String DIRECTORATE_2019 = "direktionen_referat_2019-12-16.txt";

    private Seeds() {
    }

    public static String text(String seed) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + seed)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedDocument parse(String seed) {
        return new AgendaDocumentParser().parse(text(seed));
    }

    static List<String> headings(Item item) {
        return item.sections().stream().map(Section::heading).toList();
    }

    static String body(Item item, String heading) {
        return item.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow().body();
    }
}
