package dk.radhus.strategy.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.Light;
import dk.radhus.strategy.QualityContract;
import dk.radhus.strategy.QualityContractFollowUp;

/** Quality contracts per service area and their yearly follow-up reports. */
@ApplicationScoped
public class QualityContractService {

    private final Audit audit;

    public QualityContractService(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    public QualityContract create(QualityContractTerms terms, String actor) {
        String area = terms.serviceArea().strip();
        if (QualityContract.exists(area, terms.contractYear(), terms.number())) {
            throw ProblemException.conflict("Kvalitetskontrakten " + area + " " + terms.contractYear() + " nr. "
                    + terms.number() + " findes allerede.");
        }
        QualityContract contract = new QualityContract();
        contract.id = UUID.randomUUID();
        contract.serviceArea = area;
        contract.contractYear = terms.contractYear();
        contract.number = terms.number();
        contract.heading = terms.heading().strip();
        contract.overallObjective = terms.overallObjective().strip();
        contract.howWorkedOn = terms.howWorkedOn();
        contract.targetYear = terms.targetYear();
        contract.measurement = terms.measurement();
        contract.createdAt = Instant.now();
        contract.persist();
        audit.record("quality-contract.created", "QualityContract", contract.id, null,
                AuditValues.qualityContract(contract));
        return contract;
    }

    /** Adds the yearly follow-up report (opfølgningsredegørelse); one per contract and year. */
    @Transactional
    public QualityContractFollowUp report(UUID contractId, int year, String statusText, Light light, String actor) {
        QualityContract contract = find(contractId)
                .orElseThrow(() -> ProblemException.notFound("Kvalitetskontrakten " + contractId + " findes ikke."));
        if (QualityContractFollowUp.exists(contractId, year)) {
            throw ProblemException.conflict("Der er allerede en opfølgningsredegørelse for " + year + ".");
        }
        QualityContractFollowUp followUp = new QualityContractFollowUp();
        followUp.id = UUID.randomUUID();
        followUp.contract = contract;
        followUp.year = year;
        followUp.statusText = statusText.strip();
        followUp.light = light;
        followUp.reportedBy = actor;
        followUp.reportedAt = Instant.now();
        followUp.persist();
        audit.record("follow-up.reported", "QualityContractFollowUp", followUp.id, null, AuditValues.followUp(followUp));
        return followUp;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QualityContract> search(String serviceArea, Integer year) {
        return QualityContract.search(serviceArea, year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<QualityContract> find(UUID id) {
        return QualityContract.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QualityContractFollowUp> followUps(UUID contractId) {
        return QualityContractFollowUp.ofContract(contractId);
    }
}
