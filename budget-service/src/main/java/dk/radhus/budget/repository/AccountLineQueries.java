package dk.radhus.budget.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dk.radhus.budget.AccountUpload;
import dk.radhus.budget.detail.AccountDetail;

/** Sums over stored account lines, grouped in the database so a large upload is never loaded line by line. */
@ApplicationScoped
public class AccountLineQueries {

    /** A function's sum within a policy area in one upload. */
    public record FunctionSum(String policyAreaCode, String function, BigDecimal kroner) {
    }

    private final EntityManager entityManager;

    public AccountLineQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The lines of the target's active uploads in one policy area, grouped by function, dranst and art. */
    public List<AccountDetail.Group> activeGroups(AccountUpload.TargetKind kind, String targetId,
            String policyAreaCode) {
        return activeGroups(kind, targetId).getOrDefault(policyAreaCode, List.of());
    }

    /** The lines of the target's active uploads by policy area, grouped by function, dranst and art, sorted. */
    public Map<String, List<AccountDetail.Group>> activeGroups(AccountUpload.TargetKind kind, String targetId) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT l.policy_area_code, l.function_code, l.budget_type, l.type_code, sum(l.amount_kroner), count(*)
                FROM account_line l JOIN account_upload u ON u.id = l.upload_id
                WHERE u.target_kind = ?1 AND u.target_id = ?2 AND u.active
                GROUP BY l.policy_area_code, l.function_code, l.budget_type, l.type_code
                ORDER BY l.policy_area_code, l.function_code, l.budget_type, l.type_code NULLS FIRST""")
                .setParameter(1, kind.name()).setParameter(2, targetId).getResultList();
        Map<String, List<AccountDetail.Group>> groups = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            groups.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new AccountDetail.Group((String) r[1],
                    ((Number) r[2]).intValue(), (String) r[3], (BigDecimal) r[4], ((Number) r[5]).longValue()));
        }
        return groups;
    }

    /** One upload's sums per policy area and function. */
    public List<FunctionSum> functionSums(UUID uploadId) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT policy_area_code, function_code, sum(amount_kroner) FROM account_line WHERE upload_id = ?1
                GROUP BY policy_area_code, function_code""")
                .setParameter(1, uploadId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new FunctionSum((String) r[0], (String) r[1], (BigDecimal) r[2])).toList();
    }
}
