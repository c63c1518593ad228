package dk.radhus.portal.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private static final String TABLE = """
            <table class="radhus-budget-table">
            <caption>Tabel 1: Budgetoversigt</caption>
            <thead>
            <tr><th>Politikområde</th><th>Opr. budget 2011</th></tr>
            </thead>
            <tbody>
            <tr class="line"><td>881 Borger og erhvervsudvalget</td><td>355</td></tr>
            <tr class="total"><td><b>I alt</b></td><td><b>355</b></td></tr>
            </tbody>
            </table>
            """;

    @Test
    void shouldKeepBudgetServicesTableAsItIs() {
        String clean = HtmlSanitizer.table(TABLE).getValue();

        assertThat(clean).contains("<table class=\"radhus-budget-table\">", "<caption>Tabel 1: Budgetoversigt</caption>",
                "<tr class=\"line\"><td>881 Borger og erhvervsudvalget</td><td>355</td></tr>",
                "<tr class=\"total\"><td><b>I alt</b></td><td><b>355</b></td></tr>", "<thead>", "<tbody>");
    }

    @Test
    void shouldRemoveScriptsHandlersAndLinksFromTheTable() {
        String hostile = TABLE.replace("<td>355</td>", "<td onclick=\"alert(1)\" style=\"x\">355<script>alert('x')</script>"
                + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">klik</a></td>")
                .replace("<caption>", "<caption><iframe src=\"https://evil.example\"></iframe>");

        String clean = HtmlSanitizer.table(hostile).getValue();

        assertThat(clean).doesNotContain("<script", "alert(", "onclick", "onerror", "<img", "<a ", "javascript:",
                "<iframe", "style=").contains("<td>355klik</td>", "<caption>Tabel 1: Budgetoversigt</caption>");
    }

    @Test
    void shouldAllowOnlyMarkInHighlightsAndEscapeTheRest() {
        String clean = HtmlSanitizer.highlight("Plan for <mark>vækst</mark> & <b>erhverv</b> <script>alert(1)</script>"
                + " a < b <mark onmouseover=\"x()\">2019</mark>").getValue();

        assertThat(clean).isEqualTo("Plan for <mark>vækst</mark> &amp; erhverv  a &lt; b <mark>2019</mark>");
    }

    @Test
    void shouldGiveNothingForNothing() {
        assertThat(HtmlSanitizer.table(null).getValue()).isEmpty();
        assertThat(HtmlSanitizer.highlight("  ").getValue()).isEmpty();
    }
}
