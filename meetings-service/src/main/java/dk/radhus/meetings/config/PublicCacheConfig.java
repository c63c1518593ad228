package dk.radhus.meetings.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The cache of published meetings' public views ({@code GET /meetings/{id}} for anonymous callers): how long a view is
 * served before it is checked against the database again (the most a change made through another replica can lag
 * behind; changes made through this process are seen at once), and how many bytes of views it keeps.
 */
@ConfigMapping(prefix = "meetings.public-cache")
public interface PublicCacheConfig {

    @WithDefault("100ms")
    Duration revalidateAfter();

    @WithDefault("33554432")
    long maxBytes();
}
