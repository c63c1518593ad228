package dk.radhus.platform.csv;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** The two ways the municipality's files write a table, told apart by the header line. */
public enum CsvDialect {

    /** Danish Excel: {@code ;} between cells and a decimal comma, points between thousands allowed: -1.234,50. */
    SEMICOLON_DECIMAL_COMMA(';', Pattern.compile("-?([0-9]{1,3}(\\.[0-9]{3})+|[0-9]+)(,[0-9]+)?")),
    /** {@code ,} between cells and a decimal point, no thousands separator: -1234.50. */
    COMMA_DECIMAL_POINT(',', Pattern.compile("-?[0-9]+(\\.[0-9]+)?"));

    private final char separator;
    private final Pattern number;

    CsvDialect(char separator, Pattern number) {
        this.separator = separator;
        this.number = number;
    }

    /** Semicolons when the header holds one, otherwise commas. */
    public static CsvDialect ofHeader(String headerLine) {
        return headerLine.indexOf(';') >= 0 ? SEMICOLON_DECIMAL_COMMA : COMMA_DECIMAL_POINT;
    }

    public char separator() {
        return separator;
    }

    /** The cell as a number written in this dialect, or empty when it is not one (e.g. "1.5" in Danish, "1,5"). */
    public Optional<BigDecimal> number(String cell) {
        if (!number.matcher(cell).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(this == SEMICOLON_DECIMAL_COMMA
                ? cell.replace(".", "").replace(',', '.') : cell));
    }
}
