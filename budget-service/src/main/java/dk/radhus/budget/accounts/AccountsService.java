package dk.radhus.budget.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.AccountsFigure;
import dk.radhus.budget.Amounts;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.ledger.BudgetChanges;
import dk.radhus.budget.ledger.BudgetFigures;
import dk.radhus.budget.structure.FiscalYearService;
import dk.radhus.budget.structure.PolicyAreaService;
import dk.radhus.budget.tables.CommitteeTable;
import dk.radhus.committees.CommitteeDirectory;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.events.BudgetChanged;
import dk.radhus.platform.problem.ProblemException;

/** Accounts (regnskab) per policy area and year, and their deviation from the corrected budget. */
@ApplicationScoped
public class AccountsService {

    private final FiscalYearService years;
    private final PolicyAreaService areas;
    private final BudgetChanges changes;
    private final CommitteeDirectory committees;
    private final Audit audit;

    public AccountsService(FiscalYearService years, PolicyAreaService areas, BudgetChanges changes,
            CommitteeDirectory committees, Audit audit) {
        this.years = years;
        this.areas = areas;
        this.changes = changes;
        this.committees = committees;
        this.audit = audit;
    }

    /** Sets a policy area's accounts for the year, replacing what was posted. */
    @Transactional
    public void put(int year, String policyAreaCode, BigDecimal amount, AmountUnit unit, String actor) {
        years.requireOpen(year);
        PolicyArea area = areas.find(policyAreaCode);
        Map<String, Object> before = values(area.code, year);
        AccountsFigure figure = figure(area.code, year, actor);
        figure.amountKroner = Amounts.toKroner(amount, unit);
        audit.record("accounts.posted", "AccountsFigure", area.code + "/" + year, before,
                Audit.values("amountKroner", figure.amountKroner));
        changes.areaChanged(area.code, year, BudgetChanged.Cause.ACCOUNTS_POSTED, null);
    }

    /** Adds an upload's change of amounts (kroner per policy area) to the year's accounts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(int year, Map<String, BigDecimal> kronerByArea, UUID uploadId, String actor) {
        years.requireOpen(year);
        kronerByArea.forEach((code, kroner) -> {
            Map<String, Object> before = values(code, year);
            AccountsFigure figure = figure(code, year, actor);
            figure.amountKroner = figure.amountKroner.add(kroner);
            audit.record("accounts.uploaded", "AccountsFigure", code + "/" + year, before,
                    Audit.values("amountKroner", figure.amountKroner));
        });
        // One announcement per committee the upload touched, with its totals after all of the upload's areas.
        kronerByArea.keySet().stream().map(code -> PolicyArea.<PolicyArea>findById(code).committeeCode).distinct()
                .sorted().forEach(committee ->
                        changes.committeeChanged(committee, year, BudgetChanged.Cause.ACCOUNTS_POSTED, uploadId));
    }

    /**
     * The year's accounts of one committee's policy areas, or of all areas when {@code committeeCode} is null; with
     * {@code publicOnly} the budget counts only the entries whose decisions the public may see.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountsResult figures(int year, String committeeCode, boolean publicOnly) {
        years.find(year);
        Map<String, List<LedgerEntry>> entries = LedgerEntry.listForYear(year, publicOnly).stream()
                .collect(Collectors.groupingBy(e -> e.policyAreaCode));
        Map<String, AccountsFigure> accounts = AccountsFigure.listForYear(year).stream()
                .collect(Collectors.toMap(a -> a.key.policyAreaCode(), Function.identity()));
        Map<String, BigDecimal> carriedForward = LedgerEntry.listCarriedFrom(year, publicOnly).stream()
                .collect(Collectors.toMap(e -> e.policyAreaCode, e -> e.amountKroner, BigDecimal::add));
        List<AccountsResult.Line> lines = new ArrayList<>();
        AccountsResult.Line totals = AccountsResult.emptyTotal();
        for (PolicyArea area : areas.all(committeeCode)) {
            List<LedgerEntry> areaEntries = entries.getOrDefault(area.code, List.of());
            AccountsFigure figure = accounts.get(area.code);
            if (areaEntries.isEmpty() && figure == null) {
                continue;
            }
            AccountsResult.Line line = new AccountsResult.Line(area, BudgetFigures.of(areaEntries),
                    figure == null ? BigDecimal.ZERO : figure.amountKroner, figure != null,
                    carriedForward.getOrDefault(area.code, BigDecimal.ZERO));
            lines.add(line);
            totals = totals.plus(line);
        }
        return new AccountsResult(year, lines, totals);
    }

    /** The accounts table of a committee's year; {@code staff} see every ledger entry, the public the public ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeTable table(int year, String committeeCode, AmountUnit unit, boolean staff) {
        return AccountsTables.result(figures(year, committeeCode, !staff), committeeName(committeeCode), unit);
    }

    /** The accounts table with the columns municipalities publish, overførsler in and out shown apart. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeTable overviewTable(int year, String committeeCode, AmountUnit unit, boolean staff) {
        return AccountsTables.overview(figures(year, committeeCode, !staff), committeeName(committeeCode), unit);
    }

    private String committeeName(String committeeCode) {
        return committees.find(committeeCode).map(c -> c.name)
                .orElseThrow(() -> ProblemException.notFound("Udvalget " + committeeCode + " findes ikke."));
    }

    /** The figure's audited value before a change; null when the area has no accounts for the year yet. */
    private static Map<String, Object> values(String policyAreaCode, int year) {
        return AccountsFigure.find(policyAreaCode, year).map(f -> Audit.values("amountKroner", f.amountKroner))
                .orElse(null);
    }

    private static AccountsFigure figure(String policyAreaCode, int year, String actor) {
        AccountsFigure figure = AccountsFigure.find(policyAreaCode, year).orElseGet(() -> {
            AccountsFigure created = new AccountsFigure();
            created.key = new AccountsFigure.Key(policyAreaCode, year);
            created.amountKroner = BigDecimal.ZERO;
            stamp(created, actor);
            created.persist();
            return created;
        });
        stamp(figure, actor);
        return figure;
    }

    private static void stamp(AccountsFigure figure, String actor) {
        figure.updatedBy = actor;
        figure.updatedAt = Instant.now();
    }
}
