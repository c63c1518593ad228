package dk.radhus.meetings.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The formats an agenda or minutes document is imported from. The format is taken from the request's content type and
 * checked against the content itself: a PDF starts with {@code %PDF-}, a Word document is a zip holding
 * {@code word/document.xml}, HTML begins with markup.
 */
public enum DocumentFormat {
    TEXT("text/plain"),
    MARKDOWN("text/markdown"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final Pattern MARKUP = Pattern.compile(
            "(?is)^\\s*(?:<!doctype html|<html|<head|<body|<!--|<(?:p|div|h[1-6]|table|section|article)[\\s>]).*");
    private static final int SNIFF = 1024;
    private static final int ZIP_ENTRIES = 64;

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a content type names ("application/pdf", "text/html; charset=utf-8"), if it is one of these. */
    public static Optional<DocumentFormat> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(type)).findFirst();
    }

    /** The format a file name's extension names (.txt, .md, .html, .htm, .pdf, .docx), if it is one of these. */
    public static Optional<DocumentFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = lower.substring(lower.lastIndexOf('.') + 1);
        return Optional.ofNullable(switch (extension) {
            case "txt" -> TEXT;
            case "md" -> MARKDOWN;
            case "html", "htm" -> HTML;
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            default -> null;
        });
    }

    /** What the content is by its first bytes: PDF, Word, HTML, or else text. */
    public static DocumentFormat sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return isWordDocument(content) ? DOCX : null;
        }
        String head = new String(content, 0, Math.min(content.length, SNIFF), StandardCharsets.UTF_8)
                .replace("\ufeff", "");
        return MARKUP.matcher(head).matches() ? HTML : TEXT;
    }

    /**
     * Whether content sniffed as {@code actual} may be read as this format: text and Markdown may hold inline markup
     * (the seed documents' {@code <b>}), an HTML page may be bare text; PDF and Word must be what they say.
     */
    public boolean admits(DocumentFormat actual) {
        return switch (this) {
            case TEXT, MARKDOWN, HTML -> actual == TEXT || actual == HTML;
            case PDF, DOCX -> actual == this;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int seen = 0; (entry = zip.getNextEntry()) != null && seen < ZIP_ENTRIES; seen++) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
