package dk.radhus.platform.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;

import dk.radhus.platform.input.StrictInput;

/**
 * Refuses JSON bytes that are not valid UTF-8 (RFC 8259 §8.1) before Jackson reads them: Jackson accepts some
 * invalid sequences itself, e.g. the overlong {@code C0 AF}, which it reads as "/". Text input (a Reader or a String)
 * is already characters and passes unchanged.
 */
final class StrictUtf8 extends InputDecorator {

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
        long invalid = StrictInput.firstInvalidUtf8(source, offset, length);
        if (invalid >= 0) {
            throw new NotUtf8Exception(invalid);
        }
    }
}
