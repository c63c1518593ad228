package dk.radhus.meetings.config;

import io.smallrye.config.ConfigMapping;

/** The OParl read API: the municipality the suite serves, its OParl Body. */
@ConfigMapping(prefix = "meetings.oparl")
public interface OparlConfig {

    /** The municipality's name, e.g. "Høje-Taastrup Kommune" (env {@code MEETINGS_OPARL_BODY_NAME}). */
    String bodyName();
}
