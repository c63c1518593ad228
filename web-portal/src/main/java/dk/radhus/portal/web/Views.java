package dk.radhus.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.NotFoundException;

import io.quarkus.qute.RawString;

import dk.radhus.portal.budget.Budget;
import dk.radhus.portal.meetings.Meetings;
import dk.radhus.portal.strategy.Strategy;
import dk.radhus.portal.view.BudgetStatusRow;
import dk.radhus.portal.view.HtmlSanitizer;
import dk.radhus.portal.view.LineChart;

/** What each page shows, prepared by its resource. */
public final class Views {

    static final String NO_THEME = "Øvrige indikatorer";

    private Views() {
    }

    /** A committee's page: its published meetings, newest first. */
    public record CommitteePage(Meetings.Committee committee, List<Meetings.MeetingSummary> meetings) {
    }

    /** A meeting in the calendar, with its committee's name. */
    public record CalendarEntry(Meetings.MeetingSummary meeting, String committeeName) {
    }

    /** The meetings of one month. */
    public record Month(String title, List<CalendarEntry> entries) {
    }

    /** "Kommende møder" or "Tidligere møder", by month. */
    public record Part(String title, List<Month> months) {
    }

    /** The calendar: coming meetings (soonest first) and earlier ones (newest first), by month; and the filters. */
    public record CalendarPage(List<Part> parts, List<Meetings.Committee> committees, String committee, String from,
            String to, String problem) {

        public boolean empty() {
            return parts.isEmpty();
        }
    }

    /** An agenda (dagsorden) or minutes (referat) page. */
    public record MeetingPage(Meetings.Meeting meeting, String committeeName) {

        public String kindTitle() {
            return meeting.minutes() ? "Referat" : "Dagsorden";
        }
    }

    /** A search hit with its committee's name and the highlight, sanitized to text and {@code <mark>}. */
    public record Hit(Meetings.SearchHit hit, String committeeName, RawString highlight) {
    }

    /** The search page: the query, its filters, and the hits (null before a search). */
    public record SearchPage(String query, String committee, String from, String to, String caseNumber,
            List<Meetings.Committee> committees, List<Hit> hits, String problem) {

        public boolean searched() {
            return hits != null;
        }
    }

    /** The directors' overview. {@code lastVisit} is null on a first visit. */
    public record DashboardPage(Strategy.Dashboard dashboard, List<BudgetStatusRow> budget, LocalDate lastVisit) {

        /** The worst light of all initiatives (any red → red, else any yellow → yellow), null without any. */
        public String overallLight() {
            Strategy.LightCounts counts = dashboard.overall();
            return counts.red() > 0 ? "RED" : counts.yellow() > 0 ? "YELLOW" : counts.green() > 0 ? "GREEN" : null;
        }
    }

    /** One indicator's chart. */
    public record IndicatorChart(Strategy.IndicatorTrend trend, String id, LineChart.Chart chart) {
    }

    /** The charts of one theme (tema). */
    public record ThemeCharts(String theme, List<IndicatorChart> charts) {
    }

    /**
     * A committee's follow-ups and "Tabel 1" of the chosen one (sanitized budget-service fragment); {@code basePath}
     * is where the page lives ({@code /direktion/budget} for the directors, {@code /budget} for everyone).
     */
    public record BudgetPage(String basePath, String committeeCode, String committeeName,
            List<Budget.FollowUpSummary> followUps, UUID chosen, RawString table) {

        public boolean directors() {
            return basePath.startsWith("/direktion");
        }

        /**
         * The page of {@code chosen}, or by default of the newest submitted follow-up (the newest draft when there is
         * none); 404 when the committee has no follow-ups or {@code chosen} is not one of them.
         */
        static BudgetPage of(String basePath, String committeeCode, String committeeName,
                List<Budget.FollowUpSummary> followUps, UUID chosen, Function<UUID, String> tableHtml) {
            List<Budget.FollowUpSummary> newestFirst = followUps.stream()
                    .sorted(Comparator.comparing(Budget.FollowUpSummary::fiscalYear)
                            .thenComparing(Budget.FollowUpSummary::round).reversed())
                    .toList();
            if (newestFirst.isEmpty()) {
                throw new NotFoundException();
            }
            UUID shown = chosen != null ? chosen : newestFirst.stream().filter(f -> !f.draft()).findFirst()
                    .orElse(newestFirst.get(0)).id();
            if (newestFirst.stream().noneMatch(f -> f.id().equals(shown))) {
                throw new NotFoundException();
            }
            return new BudgetPage(basePath, committeeCode, committeeName, newestFirst, shown,
                    HtmlSanitizer.table(tableHtml.apply(shown)));
        }
    }

    /** A committee on the public budget page, with its newest submitted follow-up. */
    public record CommitteeBudget(String code, String name, Budget.FollowUpSummary newest) {
    }

    /** A draft follow-up offered for an upload, with its committee's name. */
    public record Draft(Budget.FollowUpSummary followUp, String committeeName) {
    }

    /** An upload: its progress, then the committee table with the new figures, or the rejected lines. */
    public record UploadPage(UUID id, Budget.Upload upload, List<Budget.LineError> errors, RawString table,
            String notice) {

        public int percent() {
            if (upload == null || upload.totalLines() == 0) {
                return upload != null && !upload.running() ? 100 : 0;
            }
            return (int) (100L * upload.doneLines() / upload.totalLines());
        }

        public boolean running() {
            return upload != null && upload.running();
        }

        public boolean rejected() {
            return !errors.isEmpty();
        }
    }

    /**
     * The front page: the next meetings, the newest published agendas and minutes, and the key figures (nøgletal) of
     * the newest published growth account, if there is one; {@code meetingsUnavailable} when meetings-service did not
     * answer.
     */
    public record HomePage(List<CalendarEntry> upcoming, List<CalendarEntry> published, KeyFigures keyFigures,
            boolean meetingsUnavailable) {
    }

    /** The newest growth account and, per indicator in it, a chart of its value in every published account. */
    public record KeyFigures(Strategy.GrowthAccount account, List<ThemeCharts> themes) {

        /** The key figures of the newest of {@code accounts}; null when none is published. */
        static KeyFigures of(List<Strategy.GrowthAccount> accounts) {
            if (accounts.isEmpty()) {
                return null;
            }
            List<Strategy.GrowthAccount> byYear = accounts.stream()
                    .sorted(Comparator.comparingInt(Strategy.GrowthAccount::year)).toList();
            Strategy.GrowthAccount newest = byYear.get(byYear.size() - 1);
            List<Strategy.IndicatorTrend> trends = new ArrayList<>();
            for (Strategy.GrowthLine line : newest.lines()) {
                List<Strategy.YearValue> series = byYear.stream()
                        .flatMap(a -> a.lines().stream().filter(l -> l.indicatorCode().equals(line.indicatorCode()))
                                .filter(l -> l.value() != null).map(l -> new Strategy.YearValue(a.year(), l.value())))
                        .toList();
                trends.add(new Strategy.IndicatorTrend(line.indicatorCode(), line.name(), line.theme(), line.unit(),
                        line.direction(), line.baselineValue() == null ? null
                                : new Strategy.YearValue(line.baselineYear(), line.baselineValue()),
                        line.targetValue() == null || line.targetYear() == null ? null
                                : new Strategy.YearValue(line.targetYear(), line.targetValue()),
                        series, line.light()));
            }
            return new KeyFigures(newest, charts(trends));
        }
    }

    /** The charts grouped by theme, in the order the dashboard lists the indicators; unthemed ones last. */
    static List<ThemeCharts> charts(List<Strategy.IndicatorTrend> trends) {
        Map<String, List<IndicatorChart>> themes = new LinkedHashMap<>();
        for (Strategy.IndicatorTrend trend : trends) {
            LineChart.Chart chart = LineChart.build(
                    trend.series().stream().map(v -> new LineChart.YearValue(v.year(), v.value())).toList(),
                    trend.unit(), yearValue(trend.baseline()), yearValue(trend.target()));
            themes.computeIfAbsent(trend.theme() == null ? NO_THEME : trend.theme(), t -> new ArrayList<>())
                    .add(new IndicatorChart(trend, "graf-" + trend.code().toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-"), chart));
        }
        List<IndicatorChart> unthemed = themes.remove(NO_THEME);
        if (unthemed != null) {
            themes.put(NO_THEME, unthemed);
        }
        return themes.entrySet().stream().map(e -> new ThemeCharts(e.getKey(), e.getValue())).toList();
    }

    private static LineChart.YearValue yearValue(Strategy.YearValue value) {
        return value == null ? null : new LineChart.YearValue(value.year(), value.value());
    }
}
