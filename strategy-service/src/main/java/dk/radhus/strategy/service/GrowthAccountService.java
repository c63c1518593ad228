package dk.radhus.strategy.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.events.GrowthAccountPublished;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.outbox.Outbox;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.GrowthAccount;
import dk.radhus.strategy.GrowthAccountLine;
import dk.radhus.strategy.Indicator;
import dk.radhus.strategy.IndicatorValue;
import dk.radhus.strategy.Light;

/** Publishes yearly growth accounts as immutable snapshots and reads them back. */
@ApplicationScoped
public class GrowthAccountService {

    private final Outbox outbox;
    private final Audit audit;

    public GrowthAccountService(Outbox outbox, Audit audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Publishes the year's account; without {@code indicatorCodes} every indicator with a value that year. */
    @Transactional
    public GrowthAccount publish(int year, String title, List<String> indicatorCodes, String actor) {
        if (GrowthAccount.findByYear(year).isPresent()) {
            throw ProblemException.conflict("Vækstregnskabet for " + year + " er allerede offentliggjort og kan ikke ændres.");
        }
        List<Indicator> all = Indicator.listOrdered();
        Map<UUID, Map<Integer, BigDecimal>> values = IndicatorValue.allOrdered().stream()
                .collect(Collectors.groupingBy(v -> v.indicator.id, Collectors.toMap(v -> v.year, v -> v.value)));
        List<Indicator> reported = selected(year, indicatorCodes, all, values);
        GrowthAccount account = new GrowthAccount();
        account.id = UUID.randomUUID();
        account.year = year;
        account.title = title.strip();
        account.publishedAt = Instant.now();
        account.publishedBy = actor;
        int position = 0;
        for (Indicator indicator : reported) {
            Map<Integer, BigDecimal> series = values.getOrDefault(indicator.id, Map.of());
            account.lines.add(line(account, ++position, indicator, series.get(year), series.get(year - 1)));
        }
        account.persist();
        audit.record("growth-account.published", "GrowthAccount", account.id, null, AuditValues.growthAccount(account));
        outbox.publish(Topics.STRATEGY, new GrowthAccountPublished(account.id, year, reported.size(),
                account.lines.stream().map(l -> l.themeTitle).filter(Objects::nonNull).distinct().toList(),
                count(account, Light.RED), count(account, Light.YELLOW), count(account, Light.GREEN), account.publishedAt));
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GrowthAccount> all() {
        return GrowthAccount.listByYear();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GrowthAccount> byYear(int year) {
        return GrowthAccount.findByYear(year);
    }

    /** The indicators to report, in account order (theme position, code). */
    private static List<Indicator> selected(int year, List<String> indicatorCodes, List<Indicator> all,
            Map<UUID, Map<Integer, BigDecimal>> values) {
        Map<String, Indicator> byCode = all.stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
        if (indicatorCodes == null || indicatorCodes.isEmpty()) {
            List<Indicator> withValue = all.stream()
                    .filter(i -> values.getOrDefault(i.id, Map.of()).containsKey(year)).toList();
            if (withValue.isEmpty()) {
                throw ProblemException.invalidField("year", "ingen indikatorer har en værdi for " + year);
            }
            return withValue;
        }
        List<Indicator> chosen = new ArrayList<>();
        for (int i = 0; i < indicatorCodes.size(); i++) {
            String code = indicatorCodes.get(i);
            Indicator indicator = byCode.get(code);
            String field = "indicatorCodes[" + i + "]";
            if (indicator == null) {
                throw ProblemException.invalidField(field, "indikatoren '" + code + "' findes ikke");
            }
            if (!values.getOrDefault(indicator.id, Map.of()).containsKey(year)) {
                throw ProblemException.invalidField(field, "indikatoren '" + code + "' har ingen værdi for " + year);
            }
            if (chosen.contains(indicator)) {
                throw ProblemException.invalidField(field, "indikatoren '" + code + "' står der flere gange");
            }
            chosen.add(indicator);
        }
        return all.stream().filter(chosen::contains).toList();
    }

    private static GrowthAccountLine line(GrowthAccount account, int position, Indicator indicator, BigDecimal value,
            BigDecimal previous) {
        GrowthAccountLine line = new GrowthAccountLine();
        line.id = UUID.randomUUID();
        line.account = account;
        line.position = position;
        line.themeTitle = indicator.theme == null ? null : indicator.theme.title;
        line.indicatorCode = indicator.code;
        line.indicatorName = indicator.name;
        line.unit = indicator.unit;
        line.direction = indicator.direction;
        line.value = value;
        line.previousValue = previous;
        line.change = previous == null ? null : value.subtract(previous);
        line.baselineYear = indicator.baselineYear;
        line.baselineValue = indicator.baselineValue;
        line.targetValue = indicator.targetValue;
        line.targetYear = indicator.targetYear;
        line.light = GrowthLight.of(indicator.direction, value, previous, indicator.targetValue);
        return line;
    }

    private static int count(GrowthAccount account, Light light) {
        return (int) account.lines.stream().filter(l -> l.light == light).count();
    }
}
