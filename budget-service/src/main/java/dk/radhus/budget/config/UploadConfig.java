package dk.radhus.budget.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** CSV uploads: from how many lines an upload runs as a background job, and how often it reports progress. */
@ConfigMapping(prefix = "budget.upload")
public interface UploadConfig {

    @WithDefault("20000")
    int jobThresholdLines();

    /** Each progress report is a transaction of its own; a 200,000-line upload makes 20 of them. */
    @WithDefault("10000")
    int progressEveryLines();
}
