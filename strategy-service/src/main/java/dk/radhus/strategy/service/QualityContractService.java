package dk.radhus.strategy.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.QualityContract;
import dk.radhus.strategy.QualityContractFollowUp;
import dk.radhus.strategy.rest.FollowUpRequest;
import dk.radhus.strategy.rest.QualityContractRequest;

/** Quality contracts per service area and their yearly follow-up reports. */
@ApplicationScoped
public class QualityContractService {

    private final AuditLog audit;

    public QualityContractService(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    public QualityContract create(QualityContractRequest request, String actor) {
        String area = request.serviceArea().strip();
        if (QualityContract.exists(area, request.contractYear(), request.number())) {
            throw ProblemException.conflict("Kvalitetskontrakten " + area + " " + request.contractYear() + " nr. "
                    + request.number() + " findes allerede.");
        }
        QualityContract contract = new QualityContract();
        contract.id = UUID.randomUUID();
        contract.serviceArea = area;
        contract.contractYear = request.contractYear();
        contract.number = request.number();
        contract.heading = request.heading().strip();
        contract.overallObjective = request.overallObjective().strip();
        contract.howWorkedOn = request.howWorkedOn();
        contract.targetYear = request.targetYear();
        contract.measurement = request.measurement();
        contract.createdAt = Instant.now();
        contract.persist();
        audit.record(actor, "CREATE", "QualityContract", contract.id, area + " " + contract.contractYear + " "
                + contract.number + ". " + contract.heading);
        return contract;
    }

    @Transactional
    public QualityContractFollowUp report(UUID contractId, FollowUpRequest request, String actor) {
        QualityContract contract = find(contractId)
                .orElseThrow(() -> ProblemException.notFound("Kvalitetskontrakten " + contractId + " findes ikke."));
        if (QualityContractFollowUp.exists(contractId, request.year())) {
            throw ProblemException.conflict("Der er allerede en opfølgningsredegørelse for " + request.year() + ".");
        }
        QualityContractFollowUp followUp = new QualityContractFollowUp();
        followUp.id = UUID.randomUUID();
        followUp.contract = contract;
        followUp.year = request.year();
        followUp.statusText = request.statusText().strip();
        followUp.light = request.light();
        followUp.reportedBy = actor;
        followUp.reportedAt = Instant.now();
        followUp.persist();
        audit.record(actor, "FOLLOW_UP", "QualityContract", contract.id, request.year() + ": " + request.light());
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
