package dk.radhus.platform.audit;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

/**
 * The id of the current HTTP request: the caller's {@value #HEADER} header when it is a plain token, else a new UUID
 * ({@link RequestIdFilter} sets it and echoes it in the response). Recorded with every audit entry, so a client's log
 * line and the audit entry meet.
 */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";

    /** Letters, digits and {@code . _ : -}, at most 100: anything else is not trusted into the audit log. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private String value;

    public String value() {
        if (value == null) {
            value = UUID.randomUUID().toString();
        }
        return value;
    }

    void take(String header) {
        value = header != null && PLAIN.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
