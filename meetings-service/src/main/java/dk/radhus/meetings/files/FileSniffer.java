package dk.radhus.meetings.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * What a file is, read from its bytes rather than from what the sender says: a PDF starts with {@code %PDF-}, a PNG
 * and a JPEG with their signatures, a Word document (DOCX) is a zip holding {@code [Content_Types].xml} and
 * {@code word/document.xml}. Anything else is unknown.
 */
public final class FileSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileSniffer() {
    }

    public static Optional<FileKind> sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PNG.length);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        if (startsWith(head, ZIP) && isWordDocument(file)) {
            return Optional.of(FileKind.DOCX);
        }
        return Optional.empty();
    }

    /** Reads only the zip's central directory, never its entries' contents. */
    private static boolean isWordDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
