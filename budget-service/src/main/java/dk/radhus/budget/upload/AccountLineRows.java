package dk.radhus.budget.upload;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * A file's good account lines as PostgreSQL COPY text rows in one growing byte array (about 80 bytes a line), not as
 * objects, so a file of a million lines fits in a small heap and goes to the database in one stream. Columns: upload,
 * line number, function, budget type, type, amount in kroner, cost centre, policy area.
 */
public final class AccountLineRows {

    private final byte[] upload;
    private byte[] bytes;
    private int size;
    private int count;

    /** @param fileBytes the file's size, from which the rows' is estimated, so the array rarely has to grow */
    public AccountLineRows(UUID uploadId, int fileBytes) {
        this.upload = (uploadId + "\t").getBytes(StandardCharsets.US_ASCII);
        this.bytes = new byte[Math.max(1 << 12, fileBytes * 2)];
    }

    void add(int line, String function, String budgetType, String type, BigDecimal kroner, String costCentre,
            String policyArea) {
        begin(line);
        ascii(function);
        tab();
        ascii(budgetType);
        tab();
        text(type);
        tab();
        ascii(kroner.toPlainString());
        tab();
        text(costCentre);
        tab();
        text(policyArea);
        end();
    }

    /** Starts a row: the upload and the line number. */
    void begin(int line) {
        put(upload, 0, upload.length);
        ascii(Integer.toString(line));
        tab();
    }

    void tab() {
        put((byte) '\t');
    }

    /** Ends the row. */
    void end() {
        put((byte) '\n');
        count++;
    }

    /** A cell known to hold only ASCII without tabs, backslashes or line breaks (codes and numbers). */
    void ascii(String value) {
        ensure(value.length());
        for (int i = 0; i < value.length(); i++) {
            bytes[size++] = (byte) value.charAt(i);
        }
    }

    /** UTF-8 bytes of a cell as they are in the file, escaped as COPY's text format requires; empty is SQL null. */
    void raw(byte[] source, int from, int to) {
        if (from == to) {
            put((byte) '\\');
            put((byte) 'N');
            return;
        }
        ensure(2 * (to - from));
        for (int i = from; i < to; i++) {
            byte b = source[i];
            switch (b) {
                case '\\' -> {
                    bytes[size++] = '\\';
                    bytes[size++] = '\\';
                }
                case '\t' -> {
                    bytes[size++] = '\\';
                    bytes[size++] = 't';
                }
                case '\n' -> {
                    bytes[size++] = '\\';
                    bytes[size++] = 'n';
                }
                case '\r' -> {
                    bytes[size++] = '\\';
                    bytes[size++] = 'r';
                }
                default -> bytes[size++] = b;
            }
        }
    }

    /** A text cell; empty is SQL null. */
    void text(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        raw(utf8, 0, utf8.length);
    }

    public int count() {
        return count;
    }

    /** The rows in COPY's text format. */
    public InputStream stream() {
        return new ByteArrayInputStream(bytes, 0, size);
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void put(byte[] source, int from, int length) {
        ensure(length);
        System.arraycopy(source, from, bytes, size, length);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
