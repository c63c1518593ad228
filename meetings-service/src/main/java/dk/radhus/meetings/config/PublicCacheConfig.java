package dk.radhus.meetings.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The cache of published meetings' public views ({@code GET /meetings/{id}} for anonymous callers): how many bytes of
 * views it keeps. Every read checks the cached view against the meeting's public version in the database, so there is
 * no interval to configure.
 */
@ConfigMapping(prefix = "meetings.public-cache")
public interface PublicCacheConfig {

    @WithDefault("33554432")
    long maxBytes();
}
