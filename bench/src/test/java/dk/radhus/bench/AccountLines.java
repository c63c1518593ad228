package dk.radhus.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A CSV file of account lines as a municipal ledger exports them: function, budget type (dranst), type (art), amount,
 * cost centre and text, spread over the functions of {@link Budgets}' policy areas. The same rows can be written in
 * both dialects the upload accepts. Deterministic for a given seed; the seed also goes into the first line's text, so
 * two files of different seeds have different hashes (an upload of the same file again would be a no-op).
 */
final class AccountLines {

    /** The file and the sum of its amounts, to check what the service added up. */
    record File(byte[] csv, int lines, BigDecimal total) {
    }

    private static final List<String> TEXTS = List.of("Løn", "Tilskud til foreninger", "Husleje", "Konsulentbistand",
            "Refusion", "Kontorartikler", "Vedligeholdelse af bygninger", "Kørselsgodtgørelse", "Mødeforplejning",
            "Licenser og it-drift", "Annoncer", "Tilbagebetaling af projekttilskud");
    private static final List<String> TYPES = List.of("1.0", "2.2", "4.0", "4.5", "5.9", "7.1", "7.2");

    private AccountLines() {
    }

    /** {@code danish}: {@code ;} with decimal comma and thousands points; otherwise {@code ,} with decimal point. */
    static File generate(int lines, long seed, boolean danish) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(lines * 48);
        csv.append(danish ? "funktion;dranst;art;beløb;omkostningssted;tekst\n"
                : "function,budgetType,type,amount,costCentre,text\n");
        BigDecimal total = BigDecimal.ZERO;
        char separator = danish ? ';' : ',';
        for (int i = 0; i < lines; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(5_000_000) - 500_000, 2);
            total = total.add(amount);
            String text = i == 0 ? "Kørsel " + seed : TEXTS.get(random.nextInt(TEXTS.size()));
            csv.append(Budgets.function(random.nextInt(Budgets.AREA_NAMES.size()), random.nextInt(100)))
                    .append(separator).append('1')
                    .append(separator).append(TYPES.get(random.nextInt(TYPES.size())))
                    .append(separator).append(danish ? danishAmount(amount) : amount.toPlainString())
                    .append(separator).append(8800 + random.nextInt(40))
                    .append(separator).append(text).append('\n');
        }
        return new File(csv.toString().getBytes(StandardCharsets.UTF_8), lines, total);
    }

    /** {@code -1234567.50} as {@code -1.234.567,50}. */
    static String danishAmount(BigDecimal amount) {
        String plain = amount.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (amount.signum() < 0 ? "-" : "") + grouped + (point < 0 ? "" : "," + plain.substring(point + 1));
    }
}
