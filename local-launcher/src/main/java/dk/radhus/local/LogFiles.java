package dk.radhus.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.FileHandler;

/**
 * Sends the launcher's own log to {@code launcher.log} and the in-JVM Kafka broker's to {@code kafka.log}. Each start
 * begins new files; the previous run's file is kept as {@code <component>.previous.log}.
 */
final class LogFiles {

    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n";
    private static final List<String> KAFKA_CATEGORIES = List.of("kafka", "org.apache.kafka", "state.change.logger");

    private LogFiles() {
    }

    static void install(LauncherSettings settings) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(fileHandler(settings.log("launcher")));
        root.setLevel(Level.INFO);
        Handler kafka = fileHandler(settings.log("kafka"));
        for (String category : KAFKA_CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            logger.setUseParentHandlers(false);
            logger.addHandler(kafka);
        }
    }

    /** Moves last run's log of {@code file} aside, so that the new run starts an empty one. */
    static Path fresh(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                String name = file.getFileName().toString().replaceFirst("\\.log$", "");
                Files.move(file, file.resolveSibling(name + ".previous.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the log file " + file, e);
        }
    }

    private static Handler fileHandler(Path file) {
        try {
            FileHandler handler = new FileHandler(fresh(file).toString(), true);
            handler.setFormatter(new PatternFormatter(PATTERN));
            handler.setAutoFlush(true);
            return handler;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the log file " + file, e);
        }
    }
}
