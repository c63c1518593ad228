package dk.radhus.meetings.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Full-text search: how many of the newest matching items are ranked by relevance. A word found in thousands of items
 * ("budget", "kommunen") would otherwise have every one of them ranked for each query; a query with fewer matches is
 * ranked over all of them.
 */
@ConfigMapping(prefix = "meetings.search")
public interface SearchConfig {

    @WithDefault("500")
    int rankedCandidates();
}
