package dk.radhus.portal.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dk.radhus.portal.meetings.Meetings;
import dk.radhus.portal.strategy.Strategy;
import dk.radhus.portal.web.Views.BudgetPage;
import dk.radhus.portal.web.Views.CalendarPage;
import dk.radhus.portal.web.Views.CommitteePage;
import dk.radhus.portal.web.Views.DashboardPage;
import dk.radhus.portal.web.Views.MeetingPage;
import dk.radhus.portal.web.Views.SearchPage;
import dk.radhus.portal.web.Views.ThemeCharts;
import dk.radhus.portal.web.Views.UploadPage;

/** The pages, type-checked against their templates in {@code src/main/resources/templates} at build time. */
@CheckedTemplate
public final class Pages {

    private Pages() {
    }

    static native TemplateInstance home(Views.HomePage page);

    static native TemplateInstance committees(List<Meetings.Committee> committees);

    static native TemplateInstance committee(CommitteePage page);

    static native TemplateInstance calendar(CalendarPage page);

    static native TemplateInstance meeting(MeetingPage page);

    static native TemplateInstance search(SearchPage page);

    static native TemplateInstance dashboard(DashboardPage page);

    static native TemplateInstance indicators(List<ThemeCharts> themes, int indicatorCount);

    static native TemplateInstance initiative(Strategy.Initiative initiative, List<Strategy.StatusChange> history);

    static native TemplateInstance budget(BudgetPage page);

    static native TemplateInstance casePage(Meetings.CasePage page);

    static native TemplateInstance budgets(List<Views.CommitteeBudget> committees);

    static native TemplateInstance finance(List<Views.Draft> drafts, String message);

    static native TemplateInstance upload(UploadPage page);

    static native TemplateInstance error(String title, String message);
}
