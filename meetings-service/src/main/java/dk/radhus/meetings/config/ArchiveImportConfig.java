package dk.radhus.meetings.config;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Archive imports (POST /imports/archives): how large an uploaded zip may be, and the limits its documents are read
 * within (count, each one's and all together's size unpacked, and how many times its packed size one may unpack to),
 * and how often the background worker looks for waiting documents.
 */
@ConfigMapping(prefix = "meetings.import.archive")
public interface ArchiveImportConfig {

    /** The zip as sent (MEETINGS_IMPORT_ARCHIVE_MAX_SIZE); the platform's body limits apply as well. */
    @WithDefault("10M")
    MemorySize maxSize();

    @WithDefault("1000")
    int maxEntries();

    @WithDefault("25M")
    MemorySize maxEntrySize();

    @WithDefault("200M")
    MemorySize maxTotalSize();

    @WithDefault("100")
    int maxRatio();

    /** How often the worker looks for waiting documents, e.g. of a job a stopped replica left (its @Scheduled). */
    @WithDefault("5s")
    Duration poll();
}
