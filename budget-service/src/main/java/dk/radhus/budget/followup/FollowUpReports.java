package dk.radhus.budget.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.Disclosure;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.FollowUpLine;
import dk.radhus.budget.FollowUpTransition;
import dk.radhus.budget.tables.CommitteeTable;
import dk.radhus.platform.events.AmountUnit;

/** Read side of follow-ups: the figures with their deviations and history, lists, and Tabel 1: Budgetoversigt. */
@ApplicationScoped
public class FollowUpReports {

    private final FollowUpService followUps;
    private final FollowUpCalculator calculator;
    private final DeviationRules rules;

    public FollowUpReports(FollowUpService followUps, FollowUpCalculator calculator, DeviationRules rules) {
        this.followUps = followUps;
        this.calculator = calculator;
        this.rules = rules;
    }

    /** The follow-up as the caller sees it; {@code staff} (finance, director, admin) also see drafts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpView view(UUID id, boolean staff) {
        return view(followUps.find(id, staff), staff);
    }

    /**
     * The follow-up with its figures, deviations and history as the caller may see them: the public sees a decision,
     * and what it changed, only as {@link Disclosure} allows, and a staff member's change under the department's name.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpView view(FollowUp followUp, boolean staff) {
        List<FollowUpTransition> transitions = FollowUpTransition.listFor(followUp.id);
        List<UUID> items = new ArrayList<>();
        items.add(followUp.decisionItemId);
        FollowUpLine.listFor(followUp.id).forEach(line -> items.add(line.decisionItemId));
        transitions.forEach(transition -> items.add(transition.itemId));
        Disclosure disclosure = Disclosure.of(staff, items);
        FollowUpFigures figures = calculator.figures(followUp, disclosure);
        List<FollowUpView.Transition> history = transitions.stream()
                .filter(t -> disclosure.showsEffects(t.itemId))
                .map(t -> new FollowUpView.Transition(t.fromStatus, t.toStatus, disclosure.reason(t.reason,
                        t.itemId), disclosure.by(t.changedBy), t.changedAt))
                .toList();
        return new FollowUpView(figures, disclosure.status(followUp), disclosure.outcome(followUp),
                rules.evaluate(figures), history);
    }

    /** Tabel 1: Budgetoversigt of the follow-up, as the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeTable table(UUID id, boolean staff, AmountUnit unit) {
        return FollowUpTables.budgetOverview(figures(id, staff), unit);
    }

    /** The follow-up's "Budgetopfølgning og forventet regnskab", as the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeTable forecastTable(UUID id, boolean staff, AmountUnit unit) {
        return FollowUpTables.forecastOverview(figures(id, staff), unit);
    }

    /** The follow-up's figures as the caller may see them. */
    private FollowUpFigures figures(UUID id, boolean staff) {
        FollowUp followUp = followUps.find(id, staff);
        return calculator.figures(followUp, Disclosure.of(staff,
                FollowUpLine.listFor(followUp.id).stream().map(line -> line.decisionItemId).toList()));
    }

    /** Follow-ups for a list, each with the status the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listed> list(Integer year, String committeeCode, boolean staff) {
        List<FollowUp> found = followUps.search(year, committeeCode, staff);
        Disclosure disclosure = Disclosure.of(staff, found.stream().map(f -> f.decisionItemId).toList());
        return found.stream().map(f -> new Listed(f, disclosure.status(f))).toList();
    }

    /** A follow-up and the status the caller may see. */
    public record Listed(FollowUp followUp, FollowUp.Status status) {
    }
}
