package dk.radhus.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile bodies for a file upload (a body whose media type is a file's, such as meetings-service's attachment files:
 * PDF, Word, PNG, JPEG): bytes that are no file of the declared type. The service reads the type from the bytes, so
 * each must be a 415 naming {@code body}.
 */
final class FileBodies {

    record Body(String description, byte[] bytes) {
    }

    private FileBodies() {
    }

    static boolean isFile(String mediaType) {
        return mediaType != null && (mediaType.equals("application/pdf") || mediaType.startsWith("image/")
                || mediaType.contains("officedocument"));
    }

    static List<Body> of(Random random) {
        byte[] binary = new byte[512];
        random.nextBytes(binary);
        return List.of(new Body("empty", new byte[0]), text("blank", "  \n\t "),
                text("JSON instead", "{\"hostile\": true}"),
                text("HTML instead", "<html><body><script>alert(1)</script></body></html>"),
                text("SQL instead", "'; DROP TABLE item_attachment; --"), new Body("random bytes", binary),
                new Body("a PNG signature", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
                new Body("a zip that is no Word document", zip()));
    }

    private static Body text(String description, String text) {
        return new Body(description, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
