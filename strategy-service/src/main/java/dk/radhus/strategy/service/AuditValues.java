package dk.radhus.strategy.service;

import java.math.BigDecimal;
import java.util.Map;

import dk.radhus.platform.audit.Audit;
import dk.radhus.strategy.Approval;
import dk.radhus.strategy.Department;
import dk.radhus.strategy.FocusArea;
import dk.radhus.strategy.Goal;
import dk.radhus.strategy.GrowthAccount;
import dk.radhus.strategy.Indicator;
import dk.radhus.strategy.IndicatorTheme;
import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.Policy;
import dk.radhus.strategy.QualityContract;
import dk.radhus.strategy.QualityContractFollowUp;

/** The fields of each audited object that its audit entries record before and after a change. */
final class AuditValues {

    private AuditValues() {
    }

    static Map<String, Object> theme(IndicatorTheme t) {
        return Audit.values("title", t.title, "position", t.position);
    }

    static Map<String, Object> indicator(Indicator i) {
        return Audit.values("code", i.code, "theme", i.theme == null ? null : i.theme.title, "name", i.name,
                "unit", i.unit, "source", i.source, "direction", i.direction, "baselineYear", i.baselineYear,
                "baselineValue", i.baselineValue, "targetValue", i.targetValue, "targetYear", i.targetYear,
                "comparisonValue", i.comparisonValue, "comparisonLabel", i.comparisonLabel);
    }

    static Map<String, Object> indicatorValue(int year, BigDecimal value) {
        return Audit.values("year", year, "value", value);
    }

    static Map<String, Object> department(Department d) {
        return Audit.values("code", d.code, "name", d.name, "active", d.active);
    }

    static Map<String, Object> policy(Policy p) {
        return Audit.values("title", p.title, "periodStart", p.periodStart, "periodEnd", p.periodEnd,
                "owner", p.owner, "adoptedOn", p.adoptedOn, "adoptedByDecision", p.adoptedByDecision,
                "adoptedCaseNumber", p.adoptedCaseNumber);
    }

    static Map<String, Object> focusArea(FocusArea a) {
        return Audit.values("policyId", a.policy.id, "title", a.title, "position", a.position);
    }

    static Map<String, Object> goal(Goal g) {
        return Audit.values("focusAreaId", g.focusArea.id, "parentId", g.parent == null ? null : g.parent.id,
                "title", g.title, "position", g.position);
    }

    static Map<String, Object> initiative(Initiative i) {
        return Audit.values("reference", i.reference, "goalId", i.goal.id, "title", i.title,
                "description", i.description, "departmentCode", i.departmentCode, "partners", i.partners,
                "startDate", i.startDate, "endDate", i.endDate);
    }

    static Map<String, Object> status(Initiative i) {
        return Audit.values("light", i.light, "narrative", i.narrative, "asOf", i.statusAsOf);
    }

    static Map<String, Object> growthAccount(GrowthAccount a) {
        return Audit.values("year", a.year, "title", a.title,
                "indicators", a.lines.stream().map(l -> l.indicatorCode).toList());
    }

    static Map<String, Object> qualityContract(QualityContract c) {
        return Audit.values("serviceArea", c.serviceArea, "contractYear", c.contractYear, "number", c.number,
                "heading", c.heading, "overallObjective", c.overallObjective, "howWorkedOn", c.howWorkedOn,
                "targetYear", c.targetYear, "measurement", c.measurement);
    }

    static Map<String, Object> followUp(QualityContractFollowUp f) {
        return Audit.values("contractId", f.contract.id, "year", f.year, "light", f.light,
                "statusText", f.statusText);
    }

    /** The audit trail is internal (admin and director), so it may name the outcome of a closed item. */
    static Map<String, Object> approval(Approval a) {
        return Audit.values("itemId", a.itemId, "itemVersion", a.itemVersion, "committeeCode", a.committeeCode,
                "meetingDate", a.meetingDate, "caseNumber", a.caseNumber, "outcome", a.outcome,
                "decidedOn", a.decidedOn);
    }

    static Map<String, Object> imported(int lines, int changed) {
        return Audit.values("lines", lines, "changed", changed);
    }
}
