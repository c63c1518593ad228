package dk.radhus.platform.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the suite accepts from a client in any format — JSON bodies, CSV uploads, imported documents: bytes that are
 * UTF-8 (an invalid sequence is refused, never replaced with U+FFFD or, like the overlong {@code C0 AF}, read as
 * another character), text that PostgreSQL can store and UTF-8 can encode (no NUL character, no UTF-16 surrogate
 * without its partner), and dates in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR} (Java reads years up to
 * ±999999999, which PostgreSQL cannot store, and year 0 is no calendar year of the suite's business).
 */
public final class StrictInput {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private static final int CHUNK = 8192;
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private StrictInput() {
    }

    /** The position (from {@code offset}) of the first byte that is not valid UTF-8, or -1 if every byte is. */
    public static long firstInvalidUtf8(byte[] source, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(source, offset, length);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position() - offset;
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /**
     * The bytes as text without the byte order mark that Windows editors and Excel put first, or empty if they are
     * not valid UTF-8.
     */
    public static Optional<String> utf8(byte[] bytes) {
        if (firstInvalidUtf8(bytes, 0, bytes.length) >= 0) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return Optional.of(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
    }

    /** Whether the text holds neither the NUL character nor a UTF-16 surrogate without its partner. */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static boolean storableYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
