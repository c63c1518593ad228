package dk.radhus.meetings.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The documents of a zip archive, read safely: at most {@code maxEntries} documents, none larger than
 * {@code maxEntrySize} uncompressed, all together at most {@code maxTotalSize}, and none inflating to more than
 * {@code maxRatio} times its compressed size (a zip bomb) — sizes counted while inflating, not taken from the headers.
 * Directories, macOS metadata ({@code __MACOSX/}) and hidden files ({@code .DS_Store}) are left out; a name that could
 * leave a folder ({@code ../}, an absolute path, a drive letter, a backslash) refuses the whole archive.
 */
public final class ArchiveEntries {

    /** A document of the archive: its name (path inside the zip) and bytes. */
    public record Entry(String name, byte[] content) {
    }

    /** The limits an archive is read within. */
    public record Limits(int maxEntries, long maxEntrySize, long maxTotalSize, int maxRatio) {
    }

    private static final Pattern UNSAFE_NAME = Pattern.compile("(^|/)\\.\\.(/|$)|^/|^[A-Za-z]:|\\\\|\\x00");
    /** Any entry may inflate to this much whatever its ratio: a small text compresses well and is harmless. */
    private static final long RATIO_FLOOR = 64 * 1024;

    private ArchiveEntries() {
    }

    /**
     * Hands the archive's documents to {@code each}, one at a time in the order of its directory, and returns how
     * many there were; an archive that breaks a rule is refused, possibly after some documents were handed on.
     */
    public static int forEach(Path zip, Limits limits, Consumer<Entry> each) throws UnsafeArchive {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            int count = 0;
            long total = 0;
            for (ZipEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (UNSAFE_NAME.matcher(name).find()) {
                    throw new UnsafeArchive("navnet \"" + printable(name) + "\" peger uden for arkivet");
                }
                if (entry.isDirectory() || ignored(name)) {
                    continue;
                }
                if (count == limits.maxEntries()) {
                    throw new UnsafeArchive("arkivet har flere end " + limits.maxEntries() + " dokumenter");
                }
                byte[] content = content(file, entry, limits, limits.maxTotalSize() - total);
                total += content.length;
                count++;
                each.accept(new Entry(name, content));
            }
            if (count == 0) {
                throw new UnsafeArchive("arkivet indeholder ingen dokumenter");
            }
            return count;
        } catch (ZipException | IllegalArgumentException e) {
            throw new UnsafeArchive("indholdet er ikke et læsbart zip-arkiv");
        } catch (IOException e) {
            throw new UnsafeArchive("arkivet kunne ikke læses");
        }
    }

    /** The entry's bytes, inflated no further than the limits allow. */
    private static byte[] content(ZipFile file, ZipEntry entry, Limits limits, long totalLeft)
            throws IOException, UnsafeArchive {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long ratioLimit = Math.max(compressed * limits.maxRatio(), RATIO_FLOOR);
        long limit = Math.min(Math.min(limits.maxEntrySize(), totalLeft), ratioLimit);
        try (InputStream in = file.getInputStream(entry)) {
            byte[] content = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
            if (in.read() < 0) {
                return content;
            }
        }
        String name = printable(entry.getName());
        if (limit == ratioLimit) {
            throw new UnsafeArchive("\"" + name + "\" pakkes ud til mere end " + limits.maxRatio()
                    + " gange sin pakkede størrelse");
        }
        if (limit == totalLeft) {
            throw new UnsafeArchive("dokumenterne fylder udpakket mere end " + limits.maxTotalSize() + " byte");
        }
        throw new UnsafeArchive("\"" + name + "\" fylder udpakket mere end " + limits.maxEntrySize() + " byte");
    }

    private static boolean ignored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return lower.startsWith("__macosx/") || lower.contains("/__macosx/") || fileName.startsWith(".");
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    /** An archive that cannot be imported, and why (Danish, for the client). */
    public static final class UnsafeArchive extends Exception {
        private static final long serialVersionUID = 1L;

        public UnsafeArchive(String message) {
            super(message);
        }
    }
}
