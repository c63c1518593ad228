package dk.radhus.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Hostile text bodies for CSV uploads and document imports: empty, blank, binary, not UTF-8, JSON or HTML instead of
 * the expected text; for CSV the example's header with every data cell replaced by one hostile value (so that no
 * line names an existing function, indicator or initiative and the whole file must be refused); for a document the
 * example, importable as it stands, with a NUL character, with bytes that are not UTF-8, or with its dates in year 0.
 * A document's problem names {@code body}; a CSV upload's names the file or its lines, which the campaign leaves open.
 */
final class TextBodies {

    /** {@code field} is what the problem must name, or null. */
    record Body(Category category, String description, byte[] bytes, String field) {
    }

    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})-(\\d{1,2})-\\d{4}\\b");

    private static final List<String> HOSTILE_CELLS = List.of("1e400", "NaN", "-Infinity", "+999999999-12-31",
            "'; DROP TABLE indicator; --", "<script>alert(1)</script>", "");

    private TextBodies() {
    }

    static List<Body> of(String mediaType, String example, Random random) {
        boolean csv = mediaType.contains("csv");
        String field = csv ? null : "body";
        List<Body> bodies = new ArrayList<>();
        text(bodies, Category.MALFORMED_TEXT, "empty", "", field);
        text(bodies, Category.MALFORMED_TEXT, "blank", "  \n\t \r\n", field);
        text(bodies, Category.MALFORMED_TEXT, "byte order mark only", "\uFEFF", field);
        text(bodies, Category.MALFORMED_TEXT, "JSON instead", "{\"hostile\": true}", field);
        text(bodies, Category.INJECTION, "HTML instead", "<html><body><script>alert(1)</script></body></html>", field);
        text(bodies, Category.INJECTION, "SQL instead", "'; DROP TABLE committee; --", field);
        text(bodies, Category.UNSTORABLE_TEXT, "NUL characters", "\u0000\u0000\u0000", field);
        byte[] binary = new byte[512];
        random.nextBytes(binary);
        bodies.add(new Body(Category.INVALID_UTF8, "binary", binary, field));
        bodies.add(new Body(Category.INVALID_UTF8, "Latin-1 bytes", new byte[] {'b', 'e', 'l', (byte) 0xF8, 'b'},
                field));
        if (csv) {
            csv(bodies, example);
        } else {
            document(bodies, example);
        }
        return bodies;
    }

    private static void document(List<Body> bodies, String example) {
        int middle = example.length() / 2;
        text(bodies, Category.UNSTORABLE_TEXT, "NUL in the example",
                example.substring(0, middle) + '\u0000' + example.substring(middle), "body");
        for (byte[] invalid : JsonMutations.INVALID_UTF8) {
            ByteArrayOutputStream spliced = new ByteArrayOutputStream();
            spliced.writeBytes(example.substring(0, middle).getBytes(StandardCharsets.UTF_8));
            spliced.writeBytes(invalid);
            spliced.writeBytes(example.substring(middle).getBytes(StandardCharsets.UTF_8));
            bodies.add(new Body(Category.INVALID_UTF8, "%s in the example".formatted(HexFormat.ofDelimiter(" ")
                    .withUpperCase().formatHex(invalid)), spliced.toByteArray(), "body"));
        }
        if (DATE.matcher(example).find()) {
            text(bodies, Category.DATE_RANGE, "the example's dates in year 0",
                    DATE.matcher(example).replaceAll("$1-$2-0000"), "body");
        }
    }

    private static void csv(List<Body> bodies, String example) {
        String[] lines = example.split("\n");
        String header = lines[0];
        char separator = header.contains(";") ? ';' : ',';
        int columns = header.split(String.valueOf(separator), -1).length;
        text(bodies, Category.MALFORMED_TEXT, "header only", header + "\n");
        text(bodies, Category.MALFORMED_TEXT, "open quote", header + "\n\"" + lines[1] + "\n");
        text(bodies, Category.INJECTION, "hostile header", String.join(String.valueOf(separator),
                JsonMutations.INJECTIONS.subList(0, 2)) + "\n" + lines[1] + "\n");
        text(bodies, Category.UNSTORABLE_TEXT, "NUL in a cell", header + "\n\u0000" + lines[1] + "\n");
        ByteArrayOutputStream invalid = new ByteArrayOutputStream();
        invalid.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
        invalid.writeBytes(new byte[] {(byte) 0xC3, 0x28});
        invalid.writeBytes((lines[1] + "\n").getBytes(StandardCharsets.UTF_8));
        bodies.add(new Body(Category.INVALID_UTF8, "invalid UTF-8 in a line", invalid.toByteArray(), null));
        for (String cell : HOSTILE_CELLS) {
            String quoted = cell.indexOf(separator) >= 0 || cell.contains("\"")
                    ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
            String line = String.join(String.valueOf(separator), Collections.nCopies(columns, quoted));
            text(bodies, cell.isEmpty() ? Category.MISSING_REQUIRED : Category.MALFORMED_TEXT,
                    "every cell " + cell, header + "\n" + line + "\n");
        }
    }

    private static void text(List<Body> bodies, Category category, String description, String text) {
        text(bodies, category, description, text, null);
    }

    private static void text(List<Body> bodies, Category category, String description, String text, String field) {
        bodies.add(new Body(category, description, text.getBytes(StandardCharsets.UTF_8), field));
    }
}
