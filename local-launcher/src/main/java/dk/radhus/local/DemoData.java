package dk.radhus.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import dk.radhus.local.demo.ActionPlanStep;
import dk.radhus.local.demo.Api;
import dk.radhus.local.demo.BudgetStep;
import dk.radhus.local.demo.CommitteesStep;
import dk.radhus.local.demo.DemoContext;
import dk.radhus.local.demo.DemoStep;
import dk.radhus.local.demo.GrowthAccountsStep;
import dk.radhus.local.demo.KeycloakTokens;
import dk.radhus.local.demo.MeetingsImportStep;
import dk.radhus.local.demo.QualityContractsStep;
import dk.radhus.local.demo.UpcomingStep;

/**
 * Loads the demo data once: each step that has no marker in {@code .local/demo/} runs and, when it succeeds, leaves
 * one. A new step therefore loads on the next start of an existing stack, and a failed step is tried again. The steps
 * run in order: committees first (the others need them), then meetings, budget and strategy data, and last what lies
 * ahead (planned meetings, which the budget and strategy data draft items onto).
 */
final class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final LauncherSettings settings;
    private final Console console;
    private final StopSignal stopSignal;
    private final List<DemoStep> steps = List.of(new CommitteesStep(), new MeetingsImportStep(), new BudgetStep(),
            new ActionPlanStep(), new GrowthAccountsStep(), new QualityContractsStep(), new UpcomingStep());

    DemoData(LauncherSettings settings, Console console, StopSignal stopSignal) {
        this.settings = settings;
        this.console = console;
        this.stopSignal = stopSignal;
    }

    /** Returns whether every step is loaded (now or before). */
    boolean loadMissing() {
        DemoContext context = new DemoContext(new Api(serviceUrls(), new KeycloakTokens(settings.tokenUrl())), seeds());
        boolean complete = true;
        boolean first = true;
        for (DemoStep step : steps) {
            Path marker = settings.localDirectory().resolve("demo").resolve(step.name() + ".done");
            if (Files.exists(marker)) {
                continue;
            }
            if (stopSignal.isRaised()) {
                return false;
            }
            if (first) {
                console.blank();
                console.line("Demo data, loaded through the services' APIs (once; markers in "
                        + console.relative(marker.getParent()) + "):");
                first = false;
            }
            long started = System.nanoTime();
            try {
                String loaded = step.load(context);
                mark(marker, loaded);
                console.event(step.name(), "loaded", Console.seconds(Startup.since(started)) + "  " + loaded);
            } catch (RuntimeException e) {
                if (stopSignal.isRaised()) {
                    return false;
                }
                LOG.errorf(e, "Demo step %s failed", step.name());
                console.failed(step.name(), Startup.since(started), e.getMessage(), settings.log("launcher"));
                complete = false;
            }
        }
        return complete;
    }

    private Map<String, String> serviceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        settings.services().forEach(s -> urls.put(s.name(), s.baseUrl()));
        return urls;
    }

    /** The seed documents ({@code seeds/}, or {@code RADHUS_SEEDS_DIR}), if the directory is there. */
    private Optional<Path> seeds() {
        return Files.isDirectory(settings.seedsDirectory()) ? Optional.of(settings.seedsDirectory()) : Optional.empty();
    }

    private static void mark(Path marker, String loaded) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, Instant.now() + " " + loaded + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
    }
}
