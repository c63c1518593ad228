package dk.radhus.budget.detail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One level of the drill-down: its code, the sum of its account lines in kroner, how many lines, and the level below.
 * Levels: the policy area, hovedfunktion ({@code d.dd}), funktion ({@code d.dd.dd}), and dranst/art ({@code 1/5.9},
 * or {@code 1} without an art). Every level's sum is the sum of the level below, built from the same lines.
 */
public record AccountDetail(Level level, String code, BigDecimal kroner, long lines, List<AccountDetail> children) {

    /** The levels, top down. */
    public enum Level {
        POLICY_AREA, MAIN_FUNCTION, FUNCTION, BUDGET_TYPE_AND_TYPE
    }

    /** A group of account lines with the same function, budget type (dranst) and type (art). */
    public record Group(String function, int budgetType, String type, BigDecimal kroner, long lines) {

        String leafCode() {
            return type == null ? Integer.toString(budgetType) : budgetType + "/" + type;
        }

        String mainFunction() {
            return function.substring(0, 4);
        }
    }

    /** The tree of a policy area's groups; the groups come sorted by function, budget type and type. */
    public static AccountDetail of(String policyAreaCode, List<Group> groups) {
        Map<String, Map<String, List<Group>>> byMain = new TreeMap<>();
        for (Group group : groups) {
            byMain.computeIfAbsent(group.mainFunction(), k -> new TreeMap<>())
                    .computeIfAbsent(group.function(), k -> new ArrayList<>()).add(group);
        }
        List<AccountDetail> mains = new ArrayList<>();
        byMain.forEach((main, functions) -> {
            List<AccountDetail> functionNodes = new ArrayList<>();
            functions.forEach((function, leaves) -> functionNodes.add(node(Level.FUNCTION, function,
                    leaves.stream().map(g -> new AccountDetail(Level.BUDGET_TYPE_AND_TYPE, g.leafCode(), g.kroner(),
                            g.lines(), List.of())).toList())));
            mains.add(node(Level.MAIN_FUNCTION, main, functionNodes));
        });
        return node(Level.POLICY_AREA, policyAreaCode, mains);
    }

    private static AccountDetail node(Level level, String code, List<AccountDetail> children) {
        BigDecimal kroner = children.stream().map(AccountDetail::kroner).reduce(BigDecimal.ZERO, BigDecimal::add);
        long lines = children.stream().mapToLong(AccountDetail::lines).sum();
        return new AccountDetail(level, code, kroner, lines, List.copyOf(children));
    }
}
