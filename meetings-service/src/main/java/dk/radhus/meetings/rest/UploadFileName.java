package dk.radhus.meetings.rest;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.radhus.meetings.service.AttachmentFileService;
import dk.radhus.platform.input.StrictInput;
import dk.radhus.platform.problem.ProblemException;

/**
 * The file name an upload gives in its {@code Content-Disposition} header, as a response would (RFC 6266):
 * {@code filename*=UTF-8''%C3%A5rsberetning.pdf} (RFC 8187) before {@code filename="aarsberetning.pdf"}. No header,
 * or one without a file name, is no name; a {@code filename*} that is not percent-encoded UTF-8 is a 400 naming the
 * header.
 */
final class UploadFileName {

    private UploadFileName() {
    }

    static Optional<String> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String plain = null;
        for (String parameter : parameters(header)) {
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = parameter.substring(equals + 1).strip();
            if (name.equals("filename*")) {
                return Optional.of(extended(value));
            }
            if (name.equals("filename")) {
                plain = unquoted(value);
            }
        }
        return Optional.ofNullable(plain);
    }

    /** The header's parameters, split at semicolons outside quoted strings. */
    private static List<String> parameters(String header) {
        List<String> parameters = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < header.length()) {
                current.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == ';' && !quoted) {
                parameters.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parameters.add(current.toString());
        return parameters;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }

    /** {@code UTF-8'language'percent-encoded}: only UTF-8, as RFC 8187 asks of senders. */
    private static String extended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0 || !value.substring(0, first).equalsIgnoreCase("UTF-8")) {
            throw invalid();
        }
        String encoded = value.substring(second + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                bytes.write(hex(encoded, i));
                i += 2;
            } else if (c > ' ' && c < 0x7f && c != '%') {
                bytes.write(c);
            } else {
                throw invalid();
            }
        }
        return StrictInput.utf8(bytes.toByteArray()).orElseThrow(UploadFileName::invalid);
    }

    private static int hex(String encoded, int percent) {
        int high = Character.digit(encoded.charAt(percent + 1), 16);
        int low = Character.digit(encoded.charAt(percent + 2), 16);
        if (high < 0 || low < 0) {
            throw invalid();
        }
        return high * 16 + low;
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField(AttachmentFileService.FILE_NAME,
                "filename* skal være UTF-8 og procentkodet (RFC 8187), fx filename*=UTF-8''%C3%A5rsberetning.pdf");
    }
}
