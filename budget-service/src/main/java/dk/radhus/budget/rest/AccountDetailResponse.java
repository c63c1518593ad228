package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.util.List;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.detail.AccountDetail;
import dk.radhus.platform.events.AmountUnit;

/**
 * One level of the drill-down (policy area → hovedfunktion → funktion → dranst/art): its code, the sum of its account
 * lines in {@code unit}, how many lines, and the level below.
 */
public record AccountDetailResponse(AccountDetail.Level level, String code, AmountUnit unit, BigDecimal amount,
        long lines, List<AccountDetailResponse> children) {

    static AccountDetailResponse of(AccountDetail detail, AmountUnit unit) {
        return new AccountDetailResponse(detail.level(), detail.code(), unit,
                Amounts.fromKroner(detail.kroner(), unit), detail.lines(),
                detail.children().stream().map(c -> of(c, unit)).toList());
    }
}
