package dk.radhus.budget.detail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.AccountUpload;
import dk.radhus.budget.AccountUploadTotal;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.followup.FollowUpService;
import dk.radhus.budget.repository.AccountLineQueries;
import dk.radhus.budget.structure.FiscalYearService;
import dk.radhus.budget.structure.PolicyAreaService;
import dk.radhus.platform.problem.ProblemException;

/** The account lines behind a policy area's figure, and what changed between two uploads. */
@ApplicationScoped
public class AccountDetailService {

    private final AccountLineQueries queries;
    private final FollowUpService followUps;
    private final FiscalYearService years;
    private final PolicyAreaService areas;

    public AccountDetailService(AccountLineQueries queries, FollowUpService followUps, FiscalYearService years,
            PolicyAreaService areas) {
        this.queries = queries;
        this.followUps = followUps;
        this.areas = areas;
        this.years = years;
    }

    /** The drill-down of a policy area's accounts for the year, over the active uploads' lines. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountDetail accounts(int year, String policyAreaCode) {
        years.find(year);
        PolicyArea area = areas.find(policyAreaCode);
        return AccountDetail.of(area.code,
                queries.activeGroups(AccountUpload.TargetKind.ACCOUNTS, Integer.toString(year), area.code));
    }

    /** The drill-down of a policy area's spend in a follow-up; a draft only for those who may see drafts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountDetail followUp(UUID followUpId, String policyAreaCode, boolean draftsVisible) {
        FollowUp followUp = followUps.find(followUpId, draftsVisible);
        PolicyArea area = followUps.areaOf(followUp, policyAreaCode);
        return AccountDetail.of(area.code,
                queries.activeGroups(AccountUpload.TargetKind.FOLLOW_UP, followUp.id.toString(), area.code));
    }

    /** The difference from one upload to another of the same target, per policy area and function. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UploadDifference difference(UUID fromId, UUID toId) {
        AccountUpload from = completed(fromId, "from");
        AccountUpload to = completed(toId, "id");
        if (from.targetKind != to.targetKind || !from.targetId.equals(to.targetId)) {
            throw ProblemException.invalidField("from", "indlæsningen " + fromId
                    + " hører ikke til samme budgetopfølgning eller regnskabsår");
        }
        Map<String, BigDecimal[]> byArea = new TreeMap<>();
        AccountUploadTotal.listFor(from.id).forEach(t -> pair(byArea, t.key.policyAreaCode())[0] = t.amountKroner);
        AccountUploadTotal.listFor(to.id).forEach(t -> pair(byArea, t.key.policyAreaCode())[1] = t.amountKroner);
        Map<String, Map<String, BigDecimal[]>> byFunction = new TreeMap<>();
        queries.functionSums(from.id).forEach(s -> pair(byFunction.computeIfAbsent(s.policyAreaCode(),
                k -> new TreeMap<>()), s.function())[0] = s.kroner());
        queries.functionSums(to.id).forEach(s -> pair(byFunction.computeIfAbsent(s.policyAreaCode(),
                k -> new TreeMap<>()), s.function())[1] = s.kroner());
        List<UploadDifference.Area> result = new ArrayList<>();
        for (String code : new TreeSet<>(byArea.keySet())) {
            List<UploadDifference.Function> functions = new ArrayList<>();
            byFunction.getOrDefault(code, Map.of()).forEach((function, amounts) ->
                    functions.add(new UploadDifference.Function(function, amounts[0], amounts[1])));
            BigDecimal[] amounts = byArea.get(code);
            result.add(new UploadDifference.Area(code, amounts[0], amounts[1], functions));
        }
        return new UploadDifference(from.id, to.id, result);
    }

    private static AccountUpload completed(UUID id, String field) {
        AccountUpload upload = AccountUpload.<AccountUpload>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Indlæsningen " + id + " findes ikke."));
        if (upload.status != AccountUpload.Status.COMPLETED) {
            throw ProblemException.invalidField(field, "indlæsningen " + id + " er ikke gennemført");
        }
        return upload;
    }

    /** The amounts of a key in the first and the second upload, zero where it has none. */
    private static BigDecimal[] pair(Map<String, BigDecimal[]> map, String key) {
        return map.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    }
}
