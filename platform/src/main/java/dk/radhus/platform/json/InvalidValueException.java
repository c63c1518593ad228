package dk.radhus.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value of the right type that the suite cannot accept; the message (Danish) says why. */
public class InvalidValueException extends JsonMappingException {

    public InvalidValueException(JsonParser parser, String reason) {
        super(parser, reason);
    }
}
