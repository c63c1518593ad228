package dk.radhus.platform.json;

import com.fasterxml.jackson.core.JsonParseException;

/** A request body that is not UTF-8; {@code offset} is the position of the first invalid byte. */
public class NotUtf8Exception extends JsonParseException {

    private final long offset;

    public NotUtf8Exception(long offset) {
        super(null, "Invalid UTF-8 at byte " + offset);
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
