package dk.radhus.portal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import dk.radhus.portal.budget.Budget;
import dk.radhus.portal.budget.BudgetClient;
import dk.radhus.portal.strategy.Strategy;
import dk.radhus.portal.strategy.StrategyClient;
import dk.radhus.portal.view.BudgetStatusRow;
import dk.radhus.portal.view.HtmlSanitizer;

/** The directors' pages: the overview, the indicator charts and the drill-downs. */
@Path("/direktion")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(PortalUser.DIRECTOR)
public class DirectorPages {

    static final String LAST_VISIT_COOKIE = "radhus_besoeg_";
    private static final int LAST_VISIT_MAX_AGE_SECONDS = 400 * 24 * 3600;

    private final StrategyClient strategy;
    private final BudgetClient budget;
    private final SecurityIdentity identity;

    public DirectorPages(@RestClient StrategyClient strategy, @RestClient BudgetClient budget,
            SecurityIdentity identity) {
        this.strategy = strategy;
        this.budget = budget;
        this.identity = identity;
    }

    /** The overview; remembers today as the user's last visit, and lists the changes since the previous one. */
    @GET
    public RestResponse<TemplateInstance> overview(HttpHeaders headers) {
        String cookie = lastVisitCookie(identity.getPrincipal().getName());
        LocalDate lastVisit = parse(headers.getCookies().containsKey(cookie)
                ? headers.getCookies().get(cookie).getValue() : null);
        Strategy.Dashboard dashboard = strategy.dashboard(lastVisit);
        List<BudgetStatusRow> rows = dashboard.budgetStatus().stream().map(BudgetStatusRow::of).toList();
        NewCookie visit = new NewCookie.Builder(cookie).value(dashboard.today().toString()).path("/direktion")
                .maxAge(LAST_VISIT_MAX_AGE_SECONDS).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return RestResponse.ResponseBuilder
                .ok(Pages.dashboard(new Views.DashboardPage(dashboard, rows, lastVisit)))
                .cookie(visit).build();
    }

    @GET
    @Path("indikatorer")
    public TemplateInstance indicators() {
        List<Strategy.IndicatorTrend> trends = strategy.dashboard(null).indicatorTrends();
        return Pages.indicators(Views.charts(trends), trends.size());
    }

    @GET
    @Path("indsatser/{id}")
    public TemplateInstance initiative(@PathParam("id") UUID id) {
        List<Strategy.StatusChange> history = new ArrayList<>(strategy.history(id));
        history.sort(Comparator.comparing(Strategy.StatusChange::changedAt).reversed());
        return Pages.initiative(strategy.initiative(id), history);
    }

    /** A committee's follow-ups and "Tabel 1: Budgetoversigt" of the chosen one (default: the newest submitted). */
    @GET
    @Path("budget/{committee}")
    public TemplateInstance committeeBudget(@PathParam("committee") String committee,
            @QueryParam("opfoelgning") UUID chosen) {
        String name = budget.committees().stream().filter(c -> c.code().equals(committee))
                .map(Budget.Committee::name).findFirst().orElse(committee);
        return Pages.budget(Views.BudgetPage.of("/direktion/budget", committee, name,
                budget.followUps(null, committee), chosen, id -> budget.followUpTable(id, "DKK_THOUSANDS")));
    }

    /** One cookie per user, named by a hash of the user name so that it reveals nothing. */
    static String lastVisitCookie(String user) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(user.getBytes(StandardCharsets.UTF_8));
            return LAST_VISIT_COOKIE + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
