package dk.radhus.budget.tables;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.Disclosure;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.FollowUpLine;
import dk.radhus.budget.accounts.AccountsService;
import dk.radhus.budget.accounts.AccountsTables;
import dk.radhus.budget.followup.FollowUpCalculator;
import dk.radhus.budget.followup.FollowUpService;
import dk.radhus.budget.followup.FollowUpTables;
import dk.radhus.committees.CommitteeDirectory;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.problem.ProblemException;

/** The two committee tables: a follow-up's budget overview and a year's accounts result. */
@ApplicationScoped
public class CommitteeTables {

    private final FollowUpService followUps;
    private final FollowUpCalculator calculator;
    private final AccountsService accounts;
    private final CommitteeDirectory committees;

    public CommitteeTables(FollowUpService followUps, FollowUpCalculator calculator, AccountsService accounts,
            CommitteeDirectory committees) {
        this.followUps = followUps;
        this.calculator = calculator;
        this.accounts = accounts;
        this.committees = committees;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeTable followUp(UUID id, boolean draftsVisible, AmountUnit unit) {
        FollowUp followUp = followUps.find(id, draftsVisible);
        return FollowUpTables.budgetOverview(calculator.figures(followUp, Disclosure.of(draftsVisible,
                FollowUpLine.listFor(followUp.id).stream().map(line -> line.decisionItemId).toList())), unit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeTable accounts(int year, String committeeCode, AmountUnit unit, boolean staff) {
        String name = committees.find(committeeCode).map(c -> c.name)
                .orElseThrow(() -> ProblemException.notFound("Udvalget " + committeeCode + " findes ikke."));
        return AccountsTables.result(accounts.figures(year, committeeCode, !staff), name, unit);
    }
}
