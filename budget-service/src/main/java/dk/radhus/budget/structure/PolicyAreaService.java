package dk.radhus.budget.structure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.FunctionRange;
import dk.radhus.budget.PolicyArea;
import dk.radhus.committees.CommitteeDirectory;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;

/** Policy areas, the committee each belongs to, and the functions of the chart of accounts each covers. */
@ApplicationScoped
public class PolicyAreaService {

    private final CommitteeDirectory committees;
    private final Audit audit;

    public PolicyAreaService(CommitteeDirectory committees, Audit audit) {
        this.committees = committees;
        this.audit = audit;
    }

    /** Creates a policy area of a known committee; {@code kind} defaults to operations (Drift). */
    @Transactional
    public PolicyArea create(String code, String name, String committeeCode, PolicyArea.Kind kind) {
        if (PolicyArea.findByIdOptional(code).isPresent()) {
            throw ProblemException.conflict("Politikområdet " + code + " findes allerede.");
        }
        if (committees.find(committeeCode).isEmpty()) {
            throw ProblemException.invalidField("committeeCode", "udvalget " + committeeCode + " findes ikke");
        }
        PolicyArea area = new PolicyArea();
        area.code = code;
        area.name = name.strip();
        area.committeeCode = committeeCode;
        area.kind = kind == null ? PolicyArea.Kind.OPERATIONS : kind;
        area.createdAt = Instant.now();
        area.persist();
        audit.record("policy-area.created", "PolicyArea", area.code, null, Audit.values("name", area.name,
                "committeeCode", area.committeeCode, "kind", area.kind));
        return area;
    }

    /** Maps the functions {@code from} to {@code to} (inclusive; null: {@code from} alone) to the policy area. */
    @Transactional
    public FunctionRange addFunctions(String code, String from, String to) {
        PolicyArea area = find(code);
        String last = to == null ? from : to;
        if (from.compareTo(last) > 0) {
            throw ProblemException.invalidField("to", "skal være samme eller senere funktion end 'from'");
        }
        List<FunctionRange> overlapping = FunctionRange.listOverlapping(from, last);
        if (!overlapping.isEmpty()) {
            FunctionRange other = overlapping.get(0);
            throw ProblemException.conflict("Funktionerne %s-%s er allerede knyttet til politikområde %s."
                    .formatted(other.functionFrom, other.functionTo, other.policyAreaCode));
        }
        FunctionRange range = new FunctionRange();
        range.id = UUID.randomUUID();
        range.policyAreaCode = area.code;
        range.functionFrom = from;
        range.functionTo = last;
        range.persist();
        audit.record("policy-area.functions-added", "PolicyArea", area.code, null, Audit.values("rangeId", range.id,
                "functionFrom", range.functionFrom, "functionTo", range.functionTo));
        return range;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PolicyArea> all(String committeeCode) {
        return committeeCode == null ? PolicyArea.listByCode() : PolicyArea.listByCommittee(committeeCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyArea find(String code) {
        return PolicyArea.<PolicyArea>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Politikområdet " + code + " findes ikke."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FunctionRange> functions(String code) {
        find(code);
        return FunctionRange.listByPolicyArea(code);
    }

    /** The whole function mapping, for aggregating many account lines without a query per line. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FunctionMapping mapping() {
        return new FunctionMapping(FunctionRange.<FunctionRange>listAll());
    }
}
