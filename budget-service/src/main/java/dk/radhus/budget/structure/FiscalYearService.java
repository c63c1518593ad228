package dk.radhus.budget.structure;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.FiscalYear;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;

/** Opens and closes fiscal years; a closed year refuses every change of its figures. */
@ApplicationScoped
public class FiscalYearService {

    private final Audit audit;

    public FiscalYearService(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    public FiscalYear open(int year) {
        if (FiscalYear.findByIdOptional(year).isPresent()) {
            throw ProblemException.conflict("Budgetåret " + year + " findes allerede.");
        }
        FiscalYear fiscalYear = new FiscalYear();
        fiscalYear.year = year;
        fiscalYear.status = FiscalYear.Status.OPEN;
        fiscalYear.createdAt = Instant.now();
        fiscalYear.persist();
        audit.record("fiscal-year.opened", "FiscalYear", year, null, Audit.values("status", fiscalYear.status));
        return fiscalYear;
    }

    @Transactional
    public FiscalYear close(int year) {
        FiscalYear fiscalYear = find(year);
        FiscalYear.Status before = fiscalYear.status;
        fiscalYear.status = FiscalYear.Status.CLOSED;
        audit.record("fiscal-year.closed", "FiscalYear", year, Audit.values("status", before),
                Audit.values("status", fiscalYear.status));
        return fiscalYear;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FiscalYear> all() {
        return FiscalYear.listByYear();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FiscalYear find(int year) {
        return FiscalYear.<FiscalYear>findByIdOptional(year)
                .orElseThrow(() -> ProblemException.notFound("Budgetåret " + year + " findes ikke."));
    }

    /** The year, which must exist and be open for changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FiscalYear requireOpen(int year) {
        FiscalYear fiscalYear = find(year);
        if (!fiscalYear.isOpen()) {
            throw ProblemException.conflict("Budgetåret " + year + " er lukket; tallene kan ikke ændres.");
        }
        return fiscalYear;
    }
}
