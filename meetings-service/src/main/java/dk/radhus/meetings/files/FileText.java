package dk.radhus.meetings.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of a stored PDF (PDFBox) or Word document (Apache POI), read from a file, for search: at most
 * {@code maxChars} characters. A PDF is read from the file with PDFBox's scratch data in temporary files, and its text
 * stops being collected once the limit is reached. A file that cannot be read (damaged, encrypted) is
 * {@link Unreadable}.
 */
public final class FileText {

    private FileText() {
    }

    /** The file's text cannot be read. */
    public static final class Unreadable extends Exception {
        public Unreadable(Throwable cause) {
            super(cause);
        }
    }

    public static String read(Path file, FileKind kind, int maxChars) throws Unreadable {
        try {
            String text = switch (kind) {
                case PDF -> pdf(file, maxChars);
                case DOCX -> docx(file);
                case PNG, JPEG -> "";
            };
            return text.length() > maxChars ? text.substring(0, maxChars) : text;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(e);
        }
    }

    private static String pdf(Path file, int maxChars) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            BoundedWriter text = new BoundedWriter(maxChars);
            try {
                new PDFTextStripper().writeText(document, text);
            } catch (BoundedWriter.Full full) {
                // the limit is reached: the text so far is what search gets
            }
            return text.toString();
        }
    }

    /** Opened read-only and reverted, not closed: closing a package saves it. */
    @SuppressWarnings("resource")
    private static String docx(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        try {
            return new XWPFWordExtractor(new XWPFDocument(pkg)).getText();
        } finally {
            pkg.revert();
        }
    }

    /** Collects text up to a limit, then stops the stripper by throwing {@link Full}. */
    private static final class BoundedWriter extends Writer {

        /** Thrown once the limit is reached. */
        static final class Full extends IOException {
            Full() {
                super(null, null);
            }
        }

        private final StringBuilder text = new StringBuilder();
        private final int maxChars;

        BoundedWriter(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int room = maxChars - text.length();
            text.append(chars, offset, Math.min(room, length));
            if (length >= room) {
                throw new Full();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
