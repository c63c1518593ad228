package dk.radhus.strategy.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dk.radhus.strategy.Light;
import dk.radhus.strategy.QualityContract;
import dk.radhus.strategy.QualityContractFollowUp;

/** A quality contract objective with its yearly follow-up reports. */
public record QualityContractResponse(UUID id, String serviceArea, int contractYear, int number, String heading,
        String overallObjective, String howWorkedOn, Integer targetYear, String measurement,
        List<FollowUp> followUps) {

    /**
     * One yearly follow-up report and the decisions taken on it; {@code reportedBy} is the user for staff and the
     * strategy editors, the contract's service area (the centre that reports) for everyone else.
     */
    public record FollowUp(UUID id, int year, String statusText, Light light, String reportedBy, Instant reportedAt,
            List<ApprovalResponse> approvals) {
    }

    public static QualityContractResponse of(QualityContract c, List<FollowUp> followUps) {
        return new QualityContractResponse(c.id, c.serviceArea, c.contractYear, c.number, c.heading,
                c.overallObjective, c.howWorkedOn, c.targetYear, c.measurement, followUps);
    }

    public static FollowUp followUp(QualityContractFollowUp f, List<ApprovalResponse> approvals) {
        return new FollowUp(f.id, f.year, f.statusText, f.light, f.reportedBy, f.reportedAt, approvals);
    }

    /** The report as the public sees it: reported by the service area, not by a named member of staff. */
    public static FollowUp publicFollowUp(QualityContract c, QualityContractFollowUp f,
            List<ApprovalResponse> approvals) {
        return new FollowUp(f.id, f.year, f.statusText, f.light, c.serviceArea, f.reportedAt, approvals);
    }
}
