package dk.radhus.budget.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.FollowUp;
import dk.radhus.budget.FollowUpTransition;
import dk.radhus.budget.rest.FollowUpResponse;
import dk.radhus.platform.events.AmountUnit;

/** Read side of follow-ups: the figures with their deviations, and the committee table. */
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpResponse view(UUID id, boolean draftsVisible, AmountUnit unit) {
        return view(followUps.find(id, draftsVisible), unit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpResponse view(FollowUp followUp, AmountUnit unit) {
        FollowUpFigures figures = calculator.figures(followUp);
        return FollowUpResponse.of(figures, rules.evaluate(figures), FollowUpTransition.listFor(followUp.id), unit);
    }
}
