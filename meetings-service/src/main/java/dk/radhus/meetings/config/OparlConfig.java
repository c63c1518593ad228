package dk.radhus.meetings.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The OParl read API: the municipality the suite serves (its OParl Body), and the cache of rendered meetings. */
@ConfigMapping(prefix = "meetings.oparl")
public interface OparlConfig {

    /** The municipality's name, e.g. "Høje-Taastrup Kommune" (env {@code MEETINGS_OPARL_BODY_NAME}). */
    String bodyName();

    /** Bytes of rendered meeting JSON the meeting lists keep (env {@code MEETINGS_OPARL_CACHE_MAX_BYTES}). */
    @WithDefault("67108864")
    long cacheMaxBytes();
}
