package dk.radhus.portal.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineChartTest {

    private static LineChart.YearValue v(int year, String value) {
        return new LineChart.YearValue(year, new BigDecimal(value));
    }

    @Test
    void shouldDrawOnePointPerYearInYearOrderInsideThePlot() {
        LineChart.Chart chart = LineChart.build(List.of(v(2019, "50500"), v(2017, "49000"), v(2018, "50000")),
                "antal", null, null);

        assertThat(chart.points()).extracting(LineChart.Point::year).containsExactly(2017, 2018, 2019);
        assertThat(chart.points()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(chart.plot().left(), chart.plot().right());
            assertThat(p.y()).isBetween(chart.plot().top(), chart.plot().bottom());
        });
        assertThat(chart.points().get(0).x()).isEqualTo(chart.plot().left());
        assertThat(chart.points().get(2).x()).isEqualTo(chart.plot().right());
        assertThat(chart.line()).isEqualTo(chart.points().stream().map(p -> p.x() + "," + p.y())
                .reduce((a, b) -> a + " " + b).orElseThrow());
    }

    @Test
    void shouldPutHigherValuesHigherUpAndLabelEachPointWithYearValueAndUnit() {
        LineChart.Chart chart = LineChart.build(List.of(v(2018, "50000"), v(2019, "50500")), "antal", null, null);

        assertThat(chart.points().get(1).y()).isLessThan(chart.points().get(0).y());
        assertThat(chart.points()).extracting(LineChart.Point::label)
                .containsExactly("2018: 50.000 antal", "2019: 50.500 antal");
        assertThat(chart.points()).extracting(LineChart.Point::value).containsExactly("50.000", "50.500");
    }

    @Test
    void shouldScaleToIncludeBaselineAndTargetAndDrawThemAsReferenceLines() {
        LineChart.Chart chart = LineChart.build(List.of(v(2018, "50000"), v(2019, "50500")), "antal",
                v(2017, "48000"), v(2022, "55000"));

        assertThat(chart.baseline().label()).isEqualTo("0-punkt 2017: 48.000 antal");
        assertThat(chart.target().label()).isEqualTo("Mål 2022: 55.000 antal");
        assertThat(chart.target().y()).isLessThan(chart.points().get(1).y());
        assertThat(chart.baseline().y()).isGreaterThan(chart.points().get(0).y());
        assertThat(chart.target().y()).isBetween(chart.plot().top(), chart.plot().bottom());
        assertThat(chart.baseline().y()).isBetween(chart.plot().top(), chart.plot().bottom());
        assertThat(chart.yearTicks()).extracting(LineChart.Tick::label)
                .containsExactly("2017", "2018", "2019", "2020", "2021", "2022");
        assertThat(chart.points()).hasSize(2);
    }

    @Test
    void shouldUseNiceValueTicksThatCoverTheData() {
        LineChart.Chart chart = LineChart.build(List.of(v(2018, "4.8"), v(2019, "5.3"), v(2020, "6.1")), "%",
                null, null);

        assertThat(chart.valueTicks()).extracting(LineChart.Tick::label).containsExactly("4,5", "5", "5,5", "6",
                "6,5");
        assertThat(chart.valueTicks().get(0).position()).isEqualTo(chart.plot().bottom());
        assertThat(chart.valueTicks()).allSatisfy(t -> assertThat(t.position())
                .isBetween(chart.plot().top(), chart.plot().bottom()));
        assertThat(LineChart.ValueScale.nice(0.33)).isEqualTo(0.5);
        assertThat(LineChart.ValueScale.nice(130)).isEqualTo(200);
        assertThat(LineChart.ValueScale.nice(1000)).isEqualTo(1000);
    }

    @Test
    void shouldThinOutYearTicksForLongSeries() {
        List<LineChart.YearValue> twentyYears = java.util.stream.IntStream.rangeClosed(2000, 2019)
                .mapToObj(y -> v(y, Integer.toString(y - 1990))).toList();

        LineChart.Chart chart = LineChart.build(twentyYears, null, null, null);

        assertThat(chart.points()).hasSize(20);
        assertThat(chart.yearTicks()).extracting(LineChart.Tick::label).startsWith("2000", "2002").hasSize(10);
        assertThat(chart.points().get(3).label()).isEqualTo("2003: 13");
    }

    @Test
    void shouldCentreASingleYearAndCopeWithAFlatSeries() {
        LineChart.Chart chart = LineChart.build(List.of(v(2019, "100")), "antal", null, null);

        assertThat(chart.points()).singleElement().satisfies(p -> {
            assertThat(p.x()).isEqualTo((chart.plot().left() + chart.plot().right()) / 2);
            assertThat(p.y()).isBetween(chart.plot().top(), chart.plot().bottom());
        });
        assertThat(chart.valueTicks()).isNotEmpty();
    }

    @Test
    void shouldDrawNothingWithoutValues() {
        LineChart.Chart chart = LineChart.build(List.of(new LineChart.YearValue(2019, null)), "antal",
                v(2017, "1"), null);

        assertThat(chart.empty()).isTrue();
        assertThat(chart.points()).isEmpty();
        assertThat(chart.baseline()).isNull();
    }
}
