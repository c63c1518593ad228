package dk.radhus.platform.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;

/**
 * Refuses JSON bytes that are not valid UTF-8 (RFC 8259 §8.1) before Jackson reads them: Jackson accepts some
 * invalid sequences itself, e.g. the overlong {@code C0 AF}, which it reads as "/". Text input (a Reader or a String)
 * is already characters and passes unchanged.
 */
final class StrictUtf8 extends InputDecorator {

    private static final int CHUNK = 8192;

    @Override
    public InputStream decorate(IOContext context, InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        check(bytes, 0, bytes.length);
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public InputStream decorate(IOContext context, byte[] source, int offset, int length) throws IOException {
        check(source, offset, length);
        return null;
    }

    @Override
    public Reader decorate(IOContext context, Reader reader) {
        return reader;
    }

    private static void check(byte[] source, int offset, int length) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(source, offset, length);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new NotUtf8Exception(in.position() - offset);
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }
}
