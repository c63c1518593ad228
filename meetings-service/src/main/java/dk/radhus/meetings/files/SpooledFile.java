package dk.radhus.meetings.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded body copied to a temporary file as it arrives, 64 KiB at a time, with its size and SHA-256 and SHA-512
 * (the hash OParl names) computed on the way: the upload is never held in memory. Deleted on {@link #close()}.
 */
public final class SpooledFile implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final long size;
    private final String sha256;
    private final String sha512;

    private SpooledFile(Path path, long size, String sha256, String sha512) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
        this.sha512 = sha512;
    }

    /** Thrown when the body is longer than the limit; nothing is kept. */
    public static final class TooLarge extends Exception {
        public TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Copies {@code body} to a new temporary file, refusing it once more than {@code maxBytes} have arrived. */
    public static SpooledFile of(InputStream body, long maxBytes) throws IOException, TooLarge {
        Path path = Files.createTempFile("radhus-attachment-", ".upload");
        try {
            MessageDigest sha256 = digest("SHA-256");
            MessageDigest sha512 = digest("SHA-512");
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(path)) {
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge();
                    }
                    sha256.update(buffer, 0, read);
                    sha512.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return new SpooledFile(path, size, HexFormat.of().formatHex(sha256.digest()),
                    HexFormat.of().formatHex(sha512.digest()));
        } catch (IOException | TooLarge | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String sha512() {
        return sha512;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
