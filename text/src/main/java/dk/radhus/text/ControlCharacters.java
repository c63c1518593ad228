package dk.radhus.text;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rule for request parameters, shared by the services and the portal: a query or path parameter is one line of
 * text — a code, an id, search words — so no control character belongs in it, not even a tab or a line break.
 * PostgreSQL cannot store the NUL character at all.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether the text holds a C0 control (U+0000–U+001F), DEL (U+007F) or a C1 control (U+0080–U+009F). */
    public static boolean containsControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names of the parameters whose name or any value holds a control character, sorted, each as a message can
     * repeat it: its control characters written U+XXXX.
     */
    @SafeVarargs
    public static SortedSet<String> refusedParameters(Map<String, ? extends List<String>>... parameterMaps) {
        TreeSet<String> refused = new TreeSet<>();
        for (Map<String, ? extends List<String>> parameters : parameterMaps) {
            for (Map.Entry<String, ? extends List<String>> parameter : parameters.entrySet()) {
                if (containsControl(parameter.getKey())
                        || parameter.getValue().stream().anyMatch(ControlCharacters::containsControl)) {
                    refused.add(printable(parameter.getKey()));
                }
            }
        }
        return refused;
    }

    /** The text with its control characters written U+XXXX: "q\u0000" → "qU+0000". */
    public static String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.chars().forEach(c -> printable.append(Character.isISOControl(c) ? "U+%04X".formatted(c) : (char) c));
        return printable.toString();
    }
}
