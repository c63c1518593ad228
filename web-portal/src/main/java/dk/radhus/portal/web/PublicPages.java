package dk.radhus.portal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.qute.TemplateInstance;

import dk.radhus.portal.budget.Budget;
import dk.radhus.portal.budget.PublicBudgetClient;
import dk.radhus.portal.meetings.Meetings;
import dk.radhus.portal.meetings.MeetingsClient;
import dk.radhus.portal.strategy.PublicStrategyClient;
import dk.radhus.portal.view.Danish;
import dk.radhus.portal.view.HtmlSanitizer;
import dk.radhus.portal.web.Views.CalendarEntry;
import dk.radhus.portal.web.Views.Month;

/**
 * The public portal: the front page, committees, the calendar, agendas and minutes, search, and the committees'
 * budget follow-ups. Nobody needs to log in.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    static final int SEARCH_LIMIT = 50;
    static final int FRONT_PAGE_MEETINGS = 5;
    private static final Logger LOG = Logger.getLogger(PublicPages.class);
    private static final String DATE_PROBLEM = "Datoen skal skrives som åååå-mm-dd, fx 2011-05-11.";

    private final MeetingsClient meetings;
    private final PublicStrategyClient strategy;
    private final PublicBudgetClient budget;

    public PublicPages(@RestClient MeetingsClient meetings, @RestClient PublicStrategyClient strategy,
            @RestClient PublicBudgetClient budget) {
        this.meetings = meetings;
        this.strategy = strategy;
        this.budget = budget;
    }

    /**
     * The front page: the next meetings, the newest agendas and minutes of meetings already begun, a search box, and
     * the key figures of the newest growth account. A service that does not answer leaves out its part, not the page.
     */
    @GET
    public TemplateInstance home() {
        List<CalendarEntry> entries;
        try {
            Map<String, String> names = names(meetings.committees());
            entries = meetings.meetings(null, null, null).stream()
                    .map(m -> new CalendarEntry(m, names.getOrDefault(m.committeeCode(), m.committeeCode()))).toList();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("The front page shows no meetings: meetings-service did not answer (%s)", e.getMessage());
            return Pages.home(new Views.HomePage(List.of(), List.of(), keyFigures(), true));
        }
        LocalDateTime now = LocalDateTime.now();
        List<CalendarEntry> upcoming = entries.stream()
                .filter(e -> !e.meeting().cancelled() && !e.meeting().startsAt().isBefore(now))
                .sorted(Comparator.comparing(e -> e.meeting().startsAt())).limit(FRONT_PAGE_MEETINGS).toList();
        List<CalendarEntry> published = entries.stream()
                .filter(e -> !e.meeting().cancelled() && e.meeting().startsAt().isBefore(now))
                .sorted(Comparator.comparing((CalendarEntry e) -> e.meeting().startsAt()).reversed())
                .limit(FRONT_PAGE_MEETINGS).toList();
        return Pages.home(new Views.HomePage(upcoming, published, keyFigures(), false));
    }

    /**
     * A case page: every meeting where the case number was on the agenda, oldest first, with the case's items and
     * their decisions once the minutes are approved. meetings-service answers 404 for a case the public may not see
     * (a closed item's case number is one), and so does this page.
     */
    @GET
    @Path("sag")
    public TemplateInstance casePage(@QueryParam("nr") String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new NotFoundException();
        }
        return Pages.casePage(meetings.casePage(caseNumber.strip()));
    }

    /** The committees with a submitted budget follow-up, each linked to its "Tabel 1". */
    @GET
    @Path("budget")
    public TemplateInstance budgets() {
        Map<String, List<Budget.FollowUpSummary>> byCommittee = budget.followUps(null, null).stream()
                .filter(f -> !f.draft())
                .collect(Collectors.groupingBy(Budget.FollowUpSummary::committeeCode, LinkedHashMap::new,
                        Collectors.toList()));
        List<Views.CommitteeBudget> committees = budget.committees().stream()
                .filter(c -> byCommittee.containsKey(c.code()))
                .map(c -> new Views.CommitteeBudget(c.code(), c.name(), byCommittee.get(c.code()).stream()
                        .max(Comparator.comparing(Budget.FollowUpSummary::fiscalYear)
                                .thenComparing(Budget.FollowUpSummary::round)).orElseThrow()))
                .toList();
        return Pages.budgets(committees);
    }

    /** A committee's submitted follow-ups and "Tabel 1: Budgetoversigt" of the chosen one (default: the newest). */
    @GET
    @Path("budget/{committee}")
    public TemplateInstance committeeBudget(@PathParam("committee") String committee,
            @QueryParam("opfoelgning") UUID chosen) {
        String name = budget.committees().stream().filter(c -> c.code().equals(committee))
                .map(Budget.Committee::name).findFirst().orElseThrow(NotFoundException::new);
        List<Budget.FollowUpSummary> submitted = budget.followUps(null, committee).stream()
                .filter(f -> !f.draft()).toList();
        return Pages.budget(Views.BudgetPage.of("/budget", committee, name, submitted, chosen,
                id -> budget.followUpTable(id, "DKK_THOUSANDS")));
    }

    private Views.KeyFigures keyFigures() {
        try {
            return Views.KeyFigures.of(strategy.growthAccounts());
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("The front page shows no key figures: strategy-service did not answer (%s)", e.getMessage());
            return null;
        }
    }

    @GET
    @Path("udvalg")
    public TemplateInstance committees() {
        return Pages.committees(meetings.committees().stream().filter(Meetings.Committee::active).toList());
    }

    @GET
    @Path("udvalg/{code}")
    public TemplateInstance committee(@PathParam("code") String code) {
        Meetings.Committee committee = meetings.committee(code);
        return Pages.committee(new Views.CommitteePage(committee, meetings.meetings(committee.code(), null, null)));
    }

    @GET
    @Path("kalender")
    public TemplateInstance calendar(@QueryParam("udvalg") String committee, @QueryParam("fra") String from,
            @QueryParam("til") String to) {
        List<Meetings.Committee> committees = meetings.committees();
        if (!validDate(from) || !validDate(to)) {
            return Pages.calendar(new Views.CalendarPage(List.of(), committees, committee, from, to, DATE_PROBLEM));
        }
        Map<String, String> names = names(committees);
        LocalDateTime now = LocalDateTime.now();
        List<CalendarEntry> entries = meetings.meetings(blankToNull(committee), blankToNull(from), blankToNull(to))
                .stream().map(m -> new CalendarEntry(m, names.getOrDefault(m.committeeCode(), m.committeeCode())))
                .toList();
        List<CalendarEntry> coming = entries.stream().filter(e -> !e.meeting().startsAt().isBefore(now))
                .sorted(Comparator.comparing(e -> e.meeting().startsAt())).toList();
        List<CalendarEntry> earlier = entries.stream().filter(e -> e.meeting().startsAt().isBefore(now))
                .sorted(Comparator.comparing((CalendarEntry e) -> e.meeting().startsAt()).reversed()).toList();
        List<Views.Part> parts = new ArrayList<>();
        if (!coming.isEmpty()) {
            parts.add(new Views.Part("Kommende møder", byMonth(coming)));
        }
        if (!earlier.isEmpty()) {
            parts.add(new Views.Part("Tidligere møder", byMonth(earlier)));
        }
        return Pages.calendar(new Views.CalendarPage(parts, committees, committee, from, to, null));
    }

    @GET
    @Path("moeder/{id}")
    public TemplateInstance meeting(@PathParam("id") UUID id) {
        Meetings.Meeting meeting = meetings.meeting(id);
        String name = meetings.committee(meeting.committeeCode()).name();
        return Pages.meeting(new Views.MeetingPage(meeting, name));
    }

    @GET
    @Path("soeg")
    public TemplateInstance search(@QueryParam("q") String query, @QueryParam("udvalg") String committee,
            @QueryParam("fra") String from, @QueryParam("til") String to, @QueryParam("sagsnr") String caseNumber) {
        List<Meetings.Committee> committees = meetings.committees();
        if (query == null) {
            return Pages.search(new Views.SearchPage("", committee, from, to, caseNumber, committees, null, null));
        }
        String problem = query.isBlank() ? "Skriv et eller flere søgeord."
                : query.length() > 200 ? "Søgningen må højst være 200 tegn."
                : !validDate(from) || !validDate(to) ? DATE_PROBLEM : null;
        if (problem != null) {
            return Pages.search(new Views.SearchPage(query, committee, from, to, caseNumber, committees, null,
                    problem));
        }
        Map<String, String> names = names(committees);
        List<Views.Hit> hits = meetings.search(query.strip(), blankToNull(committee), blankToNull(from),
                blankToNull(to), blankToNull(caseNumber), SEARCH_LIMIT).stream()
                .map(h -> new Views.Hit(h, names.getOrDefault(h.committeeCode(), h.committeeCode()),
                        HtmlSanitizer.highlight(h.highlight())))
                .toList();
        return Pages.search(new Views.SearchPage(query, committee, from, to, caseNumber, committees, hits, null));
    }

    private static List<Month> byMonth(List<CalendarEntry> entries) {
        Map<String, List<CalendarEntry>> months = entries.stream().collect(Collectors.groupingBy(
                e -> Danish.month(e.meeting().startsAt()), LinkedHashMap::new, Collectors.toList()));
        List<Month> result = new ArrayList<>();
        months.forEach((title, list) -> result.add(new Month(title, list)));
        return result;
    }

    static Map<String, String> names(List<Meetings.Committee> committees) {
        return committees.stream().collect(Collectors.toMap(Meetings.Committee::code, Meetings.Committee::name,
                (a, b) -> a, LinkedHashMap::new));
    }

    private static boolean validDate(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        try {
            LocalDate.parse(value.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
