package dk.radhus.budget.upload;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.chart.ChartOfAccounts;
import dk.radhus.budget.structure.FunctionMapping;
import dk.radhus.platform.csv.CsvDialect;
import dk.radhus.platform.events.AmountUnit;

/**
 * The fast path of {@link AccountLineParser} for the file a ledger exports: no quotes, no control characters, every
 * line good. It reads the bytes as they are — no decoding to text, no cell strings, no regular expressions — and
 * writes the COPY rows directly, which is what lets an upload keep up with PostgreSQL's own COPY. At the first thing
 * it does not handle, or a bad line, it gives up (empty), and the full parser reads the file again and reports every
 * bad line; so the rules are the full parser's, checked here only for the lines that pass them.
 */
final class FastAccountLines {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int MAX_TEXT = 500;
    private static final int MAX_COST_CENTRE = 50;
    private static final int MAX_DIGITS = 18;

    private final FunctionMapping mapping;
    private final ChartOfAccounts chart;
    private final Function<String, Optional<String>> areaRejection;
    private final AmountUnit unit;

    /** Per function: its policy area as COPY bytes, looked up once. */
    private final Map<String, byte[]> areaBytes = new HashMap<>();
    private final Map<String, String> areaOfFunction = new HashMap<>();
    private final Set<String> typesAllowed = new HashSet<>();

    FastAccountLines(FunctionMapping mapping, ChartOfAccounts chart, Function<String, Optional<String>> areaRejection,
            AmountUnit unit) {
        this.mapping = mapping;
        this.chart = chart;
        this.areaRejection = areaRejection;
        this.unit = unit;
    }

    /** The parsed file, or empty when the full parser must read it. */
    Optional<AccountLineParser.Result> read(byte[] content, AccountLineRows rows, IntConsumer progress) {
        int start = startsWith(content, BOM) ? BOM.length : 0;
        int headerEnd = indexOf(content, (byte) '\n', start);
        if (headerEnd < 0 || !validUtf8(content, start, content.length)) {
            return Optional.empty();
        }
        String header = new String(content, start, lineEnd(content, start, headerEnd) - start, StandardCharsets.UTF_8);
        if (header.isBlank() || header.indexOf('"') >= 0) {
            return Optional.empty();
        }
        CsvDialect dialect = CsvDialect.ofHeader(header);
        List<String> names = Arrays.stream(header.split(Pattern.quote(String.valueOf(dialect.separator())), -1)).map(String::strip)
                .toList();
        List<AccountLineError> headerErrors = new ArrayList<>();
        Map<AccountLineParser.Field, Integer> columns = AccountLineParser.columns(names, headerErrors);
        if (!headerErrors.isEmpty()) {
            return Optional.empty();
        }
        int[] column = new int[AccountLineParser.Field.values().length];
        for (AccountLineParser.Field field : AccountLineParser.Field.values()) {
            column[field.ordinal()] = columns.getOrDefault(field, -1);
        }
        byte separator = (byte) dialect.separator();
        boolean danish = dialect == CsvDialect.SEMICOLON_DECIMAL_COMMA;
        int cellCount = names.size();
        int[] from = new int[cellCount];
        int[] to = new int[cellCount];
        Map<String, Total> totals = new HashMap<>();
        int lines = 0;
        int lineNumber = 1;
        int position = headerEnd + 1;
        while (position < content.length) {
            int end = indexOf(content, (byte) '\n', position);
            if (end < 0) {
                end = content.length;
            }
            lineNumber++;
            int stop = lineEnd(content, position, end);
            if (stop > position) {
                if (!cells(content, position, stop, separator, from, to)) {
                    return Optional.empty();
                }
                lines++;
                if (!line(content, lineNumber, from, to, column, danish, rows, totals)) {
                    return Optional.empty();
                }
                progress.accept(lines);
            }
            position = end + 1;
        }
        if (lines == 0) {
            return Optional.empty();
        }
        Map<String, AccountLineParser.Aggregate> aggregates = new HashMap<>();
        totals.forEach((area, total) -> aggregates.put(area, new AccountLineParser.Aggregate(total.lines,
                total.kroner)));
        return Optional.of(new AccountLineParser.Result(lines, aggregates, rows, List.of()));
    }

    private static final class Total {
        private BigDecimal kroner = BigDecimal.ZERO;
        private int lines;
    }

    /** Checks and writes one line; false when it is not good (the full parser will say why). */
    private boolean line(byte[] b, int lineNumber, int[] from, int[] to, int[] column, boolean danish,
            AccountLineRows rows, Map<String, Total> totals) {
        int function = column[AccountLineParser.Field.FUNCTION.ordinal()];
        int budgetType = column[AccountLineParser.Field.BUDGET_TYPE.ordinal()];
        int type = column[AccountLineParser.Field.TYPE.ordinal()];
        int amount = column[AccountLineParser.Field.AMOUNT.ordinal()];
        int costCentre = column[AccountLineParser.Field.COST_CENTRE.ordinal()];
        int text = column[AccountLineParser.Field.TEXT.ordinal()];
        String area = area(b, from[function], to[function]);
        if (area == null) {
            return false;
        }
        int dranst = from[budgetType] + 1 == to[budgetType] ? b[from[budgetType]] - '0' : -1;
        if (dranst < 1 || dranst > 7 || chart.budgetTypeProblem(dranst).isPresent()) {
            return false;
        }
        if (type >= 0 && !typeAllowed(b, from[type], to[type], dranst)) {
            return false;
        }
        if (costCentre >= 0 && characters(b, from[costCentre], to[costCentre]) > MAX_COST_CENTRE
                || text >= 0 && characters(b, from[text], to[text]) > MAX_TEXT) {
            return false;
        }
        BigDecimal parsed = amount(b, from[amount], to[amount], danish);
        if (parsed == null) {
            return false;
        }
        BigDecimal kroner = Amounts.toKroner(parsed, unit);
        rows.begin(lineNumber);
        rows.raw(b, from[function], to[function]);
        rows.tab();
        rows.raw(b, from[budgetType], to[budgetType]);
        rows.tab();
        if (type >= 0) {
            rows.raw(b, from[type], to[type]);
        } else {
            rows.raw(b, 0, 0);
        }
        rows.tab();
        rows.ascii(kroner.toPlainString());
        rows.tab();
        if (costCentre >= 0) {
            rows.raw(b, from[costCentre], to[costCentre]);
        } else {
            rows.raw(b, 0, 0);
        }
        rows.tab();
        byte[] areaCell = areaBytes.get(area);
        rows.raw(areaCell, 0, areaCell.length);
        rows.end();
        Total total = totals.computeIfAbsent(area, k -> new Total());
        total.kroner = total.kroner.add(kroner);
        total.lines++;
        return true;
    }

    /** The function's policy area, or null when the function is malformed, unknown, unmapped or not allowed here. */
    private String area(byte[] b, int from, int to) {
        if (to - from != 7 || !digit(b[from]) || b[from + 1] != '.' || !digit(b[from + 2]) || !digit(b[from + 3])
                || b[from + 4] != '.' || !digit(b[from + 5]) || !digit(b[from + 6])) {
            return null;
        }
        String function = new String(b, from, 7, StandardCharsets.US_ASCII);
        String area = areaOfFunction.get(function);
        if (area != null || areaOfFunction.containsKey(function)) {
            return area;
        }
        if (chart.functionProblem(function).isEmpty()) {
            area = mapping.policyAreaOf(function).filter(a -> areaRejection.apply(a).isEmpty()).orElse(null);
        }
        areaOfFunction.put(function, area);
        if (area != null) {
            areaBytes.computeIfAbsent(area, a -> a.getBytes(StandardCharsets.UTF_8));
        }
        return area;
    }

    /** An empty art, or one of the form d, d.d or d.dd that the chart allows on the dranst. */
    private boolean typeAllowed(byte[] b, int from, int to, int dranst) {
        int length = to - from;
        if (length == 0) {
            return true;
        }
        boolean form = digit(b[from]) && (length == 1 || (length == 3 || length == 4) && b[from + 1] == '.'
                && digit(b[from + 2]) && (length == 3 || digit(b[from + 3])));
        if (!form) {
            return false;
        }
        String type = new String(b, from, length, StandardCharsets.US_ASCII);
        String key = dranst + "/" + type;
        if (typesAllowed.contains(key)) {
            return true;
        }
        if (chart.typeProblem(dranst, type).isPresent()) {
            return false;
        }
        typesAllowed.add(key);
        return true;
    }

    /**
     * The amount as the dialect writes it ({@code -1.234,50} or {@code -1234.50}), or null when it is not one or has
     * more digits than a long holds exactly.
     */
    static BigDecimal amount(byte[] b, int from, int to, boolean danish) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (negative) {
            i++;
        }
        byte decimal = danish ? (byte) ',' : (byte) '.';
        long unscaled = 0;
        int digits = 0;
        int group = 0;
        boolean grouped = false;
        int firstGroup = -1;
        while (i < to && b[i] != decimal) {
            byte c = b[i];
            if (digit(c)) {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                group++;
            } else if (danish && c == '.') {
                if (group == 0 || grouped && group != 3 || !grouped && group > 3) {
                    return null;
                }
                if (!grouped) {
                    firstGroup = group;
                }
                grouped = true;
                group = 0;
            } else {
                return null;
            }
            i++;
        }
        if (group == 0 || grouped && group != 3 || firstGroup == 0) {
            return null;
        }
        int scale = 0;
        if (i < to) {
            i++;
            if (i == to) {
                return null;
            }
            while (i < to) {
                if (!digit(b[i])) {
                    return null;
                }
                unscaled = unscaled * 10 + (b[i] - '0');
                digits++;
                scale++;
                i++;
            }
        }
        if (digits > MAX_DIGITS) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /**
     * Splits the line into trimmed cells; false when it holds a quote or a control character, has another number of
     * cells than the header, or is blank.
     */
    private static boolean cells(byte[] b, int from, int to, byte separator, int[] cellFrom, int[] cellTo) {
        int cell = 0;
        int start = from;
        boolean blank = true;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == separator) {
                if (cell == cellFrom.length) {
                    return false;
                }
                int s = start;
                int e = i;
                while (s < e && b[s] == ' ') {
                    s++;
                }
                while (e > s && b[e - 1] == ' ') {
                    e--;
                }
                cellFrom[cell] = s;
                cellTo[cell] = e;
                cell++;
                start = i + 1;
                continue;
            }
            byte c = b[i];
            if (c == '"' || c >= 0 && c < 0x20) {
                return false;
            }
            if (c != ' ') {
                blank = false;
            }
        }
        return cell == cellFrom.length && !blank;
    }

    /** The number of characters (not bytes) of a UTF-8 cell; 4-byte sequences count as two, as in Java. */
    private static int characters(byte[] b, int from, int to) {
        if (to - from <= MAX_COST_CENTRE) {
            return to - from;
        }
        int count = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80 || c >= 0xC0) {
                count += c >= 0xF0 ? 2 : 1;
            }
        }
        return count;
    }

    /** Whether the bytes are well-formed UTF-8 (no overlong forms, no surrogates), as the strict decoder requires. */
    static boolean validUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length;
            int min = 0x80;
            int max = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                min = c == 0xE0 ? 0xA0 : 0x80;
                max = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                min = c == 0xF0 ? 0x90 : 0x80;
                max = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + length > to) {
                return false;
            }
            int second = b[i + 1] & 0xFF;
            if (second < min || second > max) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                int next = b[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** The end of a line's content: before its line break's carriage return, if any. */
    private static int lineEnd(byte[] b, int from, int end) {
        return end > from && b[end - 1] == '\r' ? end - 1 : end;
    }
}
