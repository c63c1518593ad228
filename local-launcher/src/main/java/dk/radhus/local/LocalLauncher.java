package dk.radhus.local;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.radhus.local.demo.Api;
import dk.radhus.local.demo.DemoFailure;
import dk.radhus.local.demo.KeycloakTokens;

/**
 * {@code ./run-local.sh [--reset]}: runs the whole suite on this machine — PostgreSQL, Kafka, Keycloak, the three
 * services and the web portal — until Ctrl-C or SIGTERM, which stop everything again. {@code ./run-local.sh import
 * <folder> …} imports a folder of documents into the running stack ({@link ArchiveImportCommand}).
 */
public final class LocalLauncher {

    private static final int FAILED = 1;
    private static final int USAGE = 2;

    private LocalLauncher() {
    }

    public static void main(String[] args) {
        Console console = new Console(Path.of("").toAbsolutePath());
        int exitCode;
        try {
            exitCode = args.length > 0 && args[0].equals("import")
                    ? importArchive(ArchiveImportCommand.Options.parse(List.of(args).subList(1, args.length)), console)
                    : run(Options.parse(args), console);
        } catch (LauncherException e) {
            console.line(e.getMessage());
            exitCode = USAGE;
        }
        System.exit(exitCode);
    }

    private static int run(Options options, Console console) {
        if (options.help()) {
            console.line(Options.USAGE);
            return 0;
        }
        Path root = Path.of(System.getProperty("radhus.repository.root", "")).toAbsolutePath().normalize();
        LauncherSettings settings = LauncherSettings.from(root, System.getenv());
        StopSignal stopSignal = new StopSignal();
        LocalStack stack = prepare(options, settings, console, stopSignal);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "radhus-local-stop"));

        console.line("Starting the Rådhus stack (data in " + console.relative(settings.localDirectory()) + ", logs in "
                + console.relative(settings.logs()) + ")");
        long started = System.nanoTime();
        try {
            stack.start();
        } catch (ComponentFailed e) {
            stack.stop();
            console.line("The stack did not start: " + e.component().name() + " failed. Its log: "
                    + console.relative(e.component().log()));
            return FAILED;
        } catch (StackStopping e) {
            return FAILED;
        }
        boolean demoComplete = new DemoData(settings, console, stopSignal).loadMissing();
        if (stopSignal.isRaised()) {
            return FAILED;
        }
        new Summary(settings, console).print(Startup.since(started));
        if (!demoComplete) {
            console.line("Some demo data did not load (see above); the next start tries again.");
        }
        stack.watchServices();
        stopSignal.await();
        return 0;
    }

    /** {@code import <folder> …}: an archive import into the stack that is running, which it does not start. */
    private static int importArchive(ArchiveImportCommand.Options options, Console console) {
        Path root = Path.of(System.getProperty("radhus.repository.root", "")).toAbsolutePath().normalize();
        LauncherSettings settings = LauncherSettings.from(root, System.getenv());
        Map<String, String> urls = new LinkedHashMap<>();
        settings.services().forEach(service -> urls.put(service.name(), service.baseUrl()));
        try {
            return new ArchiveImportCommand(new Api(urls, new KeycloakTokens(settings.tokenUrl())), console)
                    .run(options);
        } catch (UncheckedIOException e) {
            console.line("Cannot reach the stack (" + e.getCause() + "); start it with ./run-local.sh");
            return FAILED;
        } catch (DemoFailure e) {
            console.line("The import failed: " + e.getMessage());
            return FAILED;
        }
    }

    /** One launcher per stack; open the log files; clean up after a killed launcher; check the ports; reset if asked. */
    private static LocalStack prepare(Options options, LauncherSettings settings, Console console, StopSignal stopSignal) {
        Path run = settings.localDirectory().resolve("run");
        RunLock.acquire(run);
        LogFiles.install(settings);
        PidFiles pidFiles = new PidFiles(run);
        LocalStack stack = new LocalStack(settings, pidFiles, console, stopSignal);
        List<String> leftovers = new ArrayList<>(pidFiles.stopLeftovers());
        if (stack.stopLeftoverPostgres()) {
            leftovers.add("postgres");
        }
        if (!leftovers.isEmpty()) {
            console.line("Stopped what an earlier, killed run left behind: " + String.join(", ", leftovers));
        }
        PortGuard.checkFree(stack.components());
        if (options.reset()) {
            Reset.wipe(settings);
            console.line("Reset: deleted the data in " + console.relative(settings.localDirectory()));
        }
        return stack;
    }

    /** The command line. */
    record Options(boolean reset, boolean help) {

        static final String USAGE = """
                Usage: ./run-local.sh [--reset]
                  Starts PostgreSQL, Kafka, Keycloak, the three services and the web portal on 127.0.0.1;
                  Ctrl-C stops them.
                  --reset   delete all data in .local/ first (a fresh stack, demo data loaded again)
                ./run-local.sh import <folder> [--committee CODE] [--committee-map FILE] [--dry-run] [--published]
                  imports a folder of agendas and minutes into the running stack (./run-local.sh import --help)
                Settings (environment variables) are listed in docs/local-run.md.""";

        static Options parse(String[] args) {
            boolean reset = false;
            boolean help = false;
            for (String arg : args) {
                switch (arg) {
                    case "--reset" -> reset = true;
                    case "--help", "-h" -> help = true;
                    default -> throw new LauncherException("Unknown option " + arg + "\n" + USAGE);
                }
            }
            return new Options(reset, help);
        }
    }
}
